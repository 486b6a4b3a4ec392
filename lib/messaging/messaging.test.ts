import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { startFaultBacklogServer } from '../../tests/support/fault-backlog-server';
import { createDeviceService, type DeviceService } from '../device';
import { createHttpTransport, createOutbox } from '../outbox';
import { openLocalStore, StoreError, type LocalStore } from '../store';
import { createDeviceHandler, createRemoteDevice, serveSend, type PortLike } from '.';

let local: LocalStore;
const cleanups: Array<() => Promise<void> | void> = [];

/** Two ends of a port, each delivering to the other through structured cloning, as browsers do. */
function portPair(name: string): [PortLike, PortLike] {
  const make = () => ({ listeners: [] as Array<(message: unknown) => void>, closers: [] as Array<() => void> });
  const a = make();
  const b = make();
  const end = (self: typeof a, other: typeof a): PortLike => ({
    name,
    postMessage: (message) => queueMicrotask(() => other.listeners.forEach((listener) => listener(structuredClone(message)))),
    onMessage: { addListener: (listener) => self.listeners.push(listener) },
    onDisconnect: { addListener: (listener) => self.closers.push(listener) },
    disconnect: () => other.closers.forEach((closer) => closer()),
  });
  return [end(a, b), end(b, a)];
}

async function connectedDevice(endpoint?: string) {
  local = await openLocalStore({ name: `messaging-${crypto.randomUUID()}` });
  const transport = endpoint ? createHttpTransport({ endpoint }) : undefined;
  const outbox = createOutbox({ store: local, source: { kind: 'extension', version: 'test', site: 'browser-extension' }, ...(transport ? { transport } : {}) });
  const service: DeviceService = createDeviceService(local, async () => ({ outbox, canSend: transport !== undefined }));
  const handle = createDeviceHandler(async () => service);
  const remote = createRemoteDevice(
    async (request) => structuredClone(await handle(structuredClone(request))),
    (name) => {
      const [page, background] = portPair(name);
      serveSend(background, async () => service);
      return page;
    },
  );
  return { remote, handle };
}

afterEach(async () => {
  local?.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('the device service across the extension message channel', () => {
  it('saves, lists and deletes through messages exactly as the local store does', async () => {
    const { remote } = await connectedDevice();
    const suggestion = makeSuggestion();
    await remote.suggestions.add(suggestion, 'queued');
    expect(await remote.suggestions.listByPage(suggestion.page.url)).toEqual([{ suggestion, status: 'queued' }]);
    expect(await local.suggestions.count()).toBe(1);
    await remote.settings.write({ role: 'caseworker' });
    expect(await remote.settings.read()).toEqual({ role: 'caseworker' });
    await remote.suggestions.delete(suggestion.id);
    expect(await remote.suggestions.get(suggestion.id)).toBeUndefined();
  });

  it('answers calls without a result over a JSON channel, as chrome.runtime messages travel', async () => {
    const { handle } = await connectedDevice();
    const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    const remote = createRemoteDevice(
      async (request) => json(await handle(json(request))),
      () => {
        throw new Error('no port in this test');
      },
    );
    const suggestion = makeSuggestion();
    await remote.suggestions.add(suggestion, 'queued');
    await expect(remote.suggestions.delete(suggestion.id)).resolves.toBeUndefined();
    await expect(remote.suggestions.get(suggestion.id)).resolves.toBeUndefined();
  });

  it('passes store errors on with their kind, so the overlay can say what to do', async () => {
    const { remote } = await connectedDevice();
    const failure = remote.suggestions.update(crypto.randomUUID(), { status: 'sent' });
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    await expect(failure).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('rejects invalid parameters before they reach the store, naming the field', async () => {
    const { remote } = await connectedDevice();
    const bad = { ...makeSuggestion(), category: 'beschwerde' } as never;
    await expect(remote.suggestions.add(bad)).rejects.toThrow(/\[0\]\.category/);
    expect(await local.suggestions.count()).toBe(0);
  });

  it('answers a message that is not a known call with an error instead of throwing', async () => {
    const { handle } = await connectedDevice();
    expect(await handle({ channel: 'mitgestalten/device', call: 'suggestions.dropAll', params: [] })).toMatchObject({
      ok: false,
      error: { name: 'ValidationError', message: expect.stringMatching(/call/) },
    });
    expect(await handle('hallo')).toMatchObject({ ok: false });
  });

  it('refuses an answer that does not match the contract', async () => {
    const remote = createRemoteDevice(async () => ({ ok: true, result: [{ suggestion: { id: 'x' }, status: 'queued' }] }), () => {
      throw new Error('no port');
    });
    await expect(remote.suggestions.listAll()).rejects.toThrow(/Antwort auf suggestions\.listAll ist ungültig/);
  });

  it('sends over a port with progress, and the backlog stores each suggestion once', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { remote } = await connectedDevice(server.url);
    const suggestions = [makeSuggestion(), makeSuggestion(), makeSuggestion()];
    for (const suggestion of suggestions) await remote.suggestions.add(suggestion, 'queued');

    const progress: number[] = [];
    const summary = await remote.outbox.send('all-unsent', (step) => progress.push(step.suggestionsDone));
    expect(summary).toMatchObject({ sent: 3, notSent: 0, problems: [] });
    expect(progress).toEqual([0, 3]);
    expect(server.stored.map((row) => row.suggestion.id).sort()).toEqual(suggestions.map((s) => s.id).sort());
    expect((await remote.suggestions.listByStatus('sent')).map((r) => r.receiptCode)).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect((await remote.outbox.overview()).waiting).toEqual([]);
  });

  it('reports a refused batch with the server’s message and keeps every suggestion', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { remote } = await connectedDevice(server.url);
    await remote.suggestions.add(makeSuggestion(), 'queued');
    server.failNext({ kind: 'status', status: 400, error: 'Feld category unbekannt' });
    const summary = await remote.outbox.send('all-unsent');
    expect(summary.sent).toBe(0);
    expect(summary.notSent).toBe(1);
    expect(summary.problems.join(' ')).toContain('Feld category unbekannt');
    expect((await remote.outbox.overview()).waiting).toHaveLength(1);
  });

  it('says plainly that sending needs a backlog address when none is configured, and exports instead', async () => {
    const { remote } = await connectedDevice();
    await remote.suggestions.add(makeSuggestion(), 'queued');
    expect((await remote.outbox.overview()).canSend).toBe(false);
    await expect(remote.outbox.send('all-unsent')).rejects.toThrow(/Backlog|Adresse|Empfänger/i);
    const files = await remote.outbox.exportUnsent('csv');
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toMatch(/\.csv$/);
  });
});
