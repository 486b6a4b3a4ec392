import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { startFaultBacklogServer, type FaultBacklogServer } from '../../tests/support/fault-backlog-server';
import { openLocalStore, type LocalStore } from '../store';
import { composeDevice, type DeviceShell } from '.';

let server: FaultBacklogServer;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fetch that holds every batch POST for `holdMs` and counts how many run at the same time. */
function slowFetch(holdMs: number) {
  let running = 0;
  const stats = { posts: 0, mostAtOnce: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (init?.method !== 'POST') return globalThis.fetch(input, init);
    stats.posts += 1;
    running += 1;
    stats.mostAtOnce = Math.max(stats.mostAtOnce, running);
    try {
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      return await globalThis.fetch(input, init);
    } finally {
      running -= 1;
    }
  };
  return { fetch, stats };
}

async function composed(shell: Partial<DeviceShell> = {}) {
  server = await startFaultBacklogServer();
  const store: LocalStore = await openLocalStore({ name: `compose-${crypto.randomUUID()}` });
  const device = composeDevice({
    openStore: async () => store,
    readBacklog: async () => ({ endpoint: server.url }),
    source: { kind: 'extension', version: 'test', site: 'browser-extension' },
    soleSender: true,
    ...shell,
  });
  cleanups.push(() => server.close(), () => device.stop(), () => store.close());
  return { device, store };
}

describe('one composition for both shells', () => {
  it('saves and lists while the backlog address is still being read (IT policy can take seconds)', async () => {
    let releasePolicy!: () => void;
    const policy = new Promise<undefined>((resolve) => (releasePolicy = () => resolve(undefined)));
    const { device } = await composed({ readBacklog: () => policy });
    const service = await device.device();
    const suggestion = makeSuggestion();
    await service.save(suggestion);
    expect(await service.listAll()).toHaveLength(1);
    releasePolicy();
    expect((await service.overview()).canSend).toBe(false);
  });

  it('a new backlog address while a batch is in flight does not post the same batch a second time at once', async () => {
    const slow = slowFetch(150);
    const { device, store } = await composed({ fetch: slow.fetch });
    const service = await device.device();
    for (let index = 0; index < 3; index += 1) await service.save(makeSuggestion());

    const sending = service.send('all-unsent');
    await new Promise((resolve) => setTimeout(resolve, 40)); // the POST is in flight now
    device.reconfigure(); // the person re-saves the options page
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await sending).toMatchObject({ sent: 3 });
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(slow.stats.mostAtOnce).toBe(1);
    expect(slow.stats.posts).toBe(1);
    expect(server.stored).toHaveLength(3);
    expect((await store.outbox.list()).map((entry) => entry.state)).toEqual(['sent']);
  });

  it('a sole sender resumes a batch an earlier run left mid-send at once; a shared sender waits for its claim', async () => {
    for (const soleSender of [true, false]) {
      const { device, store } = await composed({ soleSender, readBacklog: async () => undefined });
      const suggestion = makeSuggestion();
      await store.suggestions.add(suggestion, 'queued');
      // An earlier run claimed the batch for another 40 s and then died with the browser.
      const { created } = await store.outbox.queue('all-unsent', (suggestions) => [
        { batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: new Date().toISOString(), source: { kind: 'extension', version: 't', site: 's' }, suggestions },
      ]);
      const batchId = created[0]!.batch.batchId;
      await store.outbox.update(batchId, (entry) => ({ ...entry, state: 'sending', attempts: 1, claimedUntil: new Date(Date.now() + 40_000).toISOString() }));
      const restarted = composeDevice({
        openStore: async () => store,
        readBacklog: async () => ({ endpoint: server.url }),
        source: { kind: 'extension', version: 'test', site: 'browser-extension' },
        soleSender,
      });
      cleanups.push(() => restarted.stop());
      await restarted.device();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect((await store.outbox.get(batchId))!.state).toBe(soleSender ? 'sent' : 'sending');
      device.stop();
    }
  });
});
