import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { startFaultBacklogServer, type FaultBacklogServer } from '../../tests/support/fault-backlog-server';
import { composeDevice } from '../device';
import { openLocalStore } from '../store';
import { sendLock } from './send-lock';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Web Locks as the browser gives them to every tab of an origin: one holder per name, the others queue. */
function sharedLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback, callback);
      tails.set(name, run.catch(() => undefined));
      return run;
    },
  };
}

/** A fetch that holds every batch POST a while and counts how many run at the same time. */
function countingFetch() {
  let running = 0;
  const stats = { posts: 0, mostAtOnce: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (init?.method !== 'POST') return globalThis.fetch(input, init);
    stats.posts += 1;
    stats.mostAtOnce = Math.max(stats.mostAtOnce, (running += 1));
    try {
      await new Promise((resolve) => setTimeout(resolve, 80));
      return await globalThis.fetch(input, init);
    } finally {
      running -= 1;
    }
  };
  return { fetch, stats };
}

/** Two tabs of one site with the widget: two compositions over one IndexedDB database. */
async function twoTabs(locks: ReturnType<typeof sharedLocks> | undefined, server: FaultBacklogServer) {
  const name = `tabs-${crypto.randomUUID()}`;
  const counting = countingFetch();
  const tabs = await Promise.all(
    [0, 1].map(async () => {
      const store = await openLocalStore({ name });
      const composed = composeDevice({
        openStore: async () => store,
        readBacklog: async () => ({ endpoint: server.url }),
        source: { kind: 'widget', version: 'test', site: 'https://jobcenter.example' },
        soleSender: false,
        exclusive: sendLock('mitgestalten-send', locks),
        fetch: counting.fetch,
      });
      cleanups.push(() => composed.stop(), () => store.close());
      return composed.device();
    }),
  );
  return { tabs, stats: counting.stats };
}

describe('one tab sends at a time', () => {
  it('with Web Locks, two tabs sending their own suggestions at once never have two requests in flight', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { tabs, stats } = await twoTabs(sharedLocks(), server);
    const [first, second] = [makeSuggestion(), makeSuggestion()];
    await tabs[0]!.save(first);
    await tabs[1]!.save(second);

    const results = await Promise.all([tabs[0]!.send([first.id]), tabs[1]!.send([second.id])]);

    expect(results.map((result) => result.sent)).toEqual([1, 1]);
    expect(stats.mostAtOnce).toBe(1);
    expect(server.stored).toHaveLength(2);
  });

  it('without Web Locks each batch still goes out once: the claim in the store keeps the other tab off it', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { tabs, stats } = await twoTabs(undefined, server);
    for (let index = 0; index < 3; index += 1) await tabs[0]!.save(makeSuggestion());

    await Promise.all([tabs[0]!.send('all-unsent'), tabs[1]!.send('all-unsent')]);

    expect(server.stored).toHaveLength(3);
    expect(stats.posts).toBe(1);
  });
});
