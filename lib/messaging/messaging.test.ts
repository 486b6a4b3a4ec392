import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { startFaultBacklogServer } from '../../tests/support/fault-backlog-server';
import { composeDevice, DEVICE_INTENTS, type DeviceService } from '../device';
import { openLocalStore, type LocalStore } from '../store';
import { createDeviceHandler, createRemoteDevice, requestUnchecked, serveSend, serveWatch, type PortLike } from '.';

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

/** The extension's wiring in miniature: the composed device in a "background", reached only by messages. */
async function connectedDevice(endpoint?: string) {
  local = await openLocalStore({ name: `messaging-${crypto.randomUUID()}` });
  const composed = composeDevice({
    openStore: async () => local,
    readBacklog: async () => (endpoint ? { endpoint } : undefined),
    source: { kind: 'extension', version: 'test', site: 'browser-extension' },
    soleSender: true,
  });
  cleanups.push(composed.stop);
  const handle = createDeviceHandler(composed.device);
  const remote: DeviceService = createRemoteDevice(
    async (request) => structuredClone(await handle(structuredClone(request))),
    (name) => {
      const [page, background] = portPair(name);
      if (name.endsWith('send')) serveSend(background, composed.device);
      else serveWatch(background, composed.device);
      return page;
    },
  );
  return { remote, handle, composed };
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  local?.close();
});

const edit = (suggestion: ReturnType<typeof makeSuggestion>, problem: string) => {
  const { authorRole, category, language, redactions } = suggestion;
  return { authorRole, category, language, redactions, problem };
};

describe('the device service across the extension message channel', () => {
  it('offers exactly the intents of the table, each as a function', async () => {
    const { remote } = await connectedDevice();
    for (const intent of Object.keys(DEVICE_INTENTS)) expect(typeof remote[intent as keyof DeviceService]).toBe('function');
    expect(typeof remote.send).toBe('function');
    expect(typeof remote.watchOutbox).toBe('function');
  });

  it('saves, lists, edits and withdraws through messages exactly as the local store does', async () => {
    const { remote } = await connectedDevice();
    const suggestion = makeSuggestion();
    await remote.save(suggestion);
    expect(await remote.listPage(suggestion.page)).toEqual([{ suggestion, status: 'queued' }]);
    expect((await remote.editTexts(suggestion.id, edit(suggestion, 'Klarer.'))).suggestion.problem).toBe('Klarer.');
    await remote.writeSettings({ role: 'caseworker' });
    expect(await remote.readSettings()).toEqual({ role: 'caseworker' });
    await expect(remote.withdraw(suggestion.id)).resolves.toBeNull();
    expect(await local.suggestions.count()).toBe(0);
  });

  it('answers an intent without a result over a JSON channel, as chrome.runtime messages travel', async () => {
    const { handle } = await connectedDevice();
    const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    const remote = createRemoteDevice(
      async (request) => json(await handle(json(request))),
      () => {
        throw new Error('no port in this test');
      },
    );
    const suggestion = makeSuggestion();
    await remote.save(suggestion);
    await expect(remote.withdraw(suggestion.id)).resolves.toBeNull();
    await expect(remote.listAll()).resolves.toEqual([]);
  });

  it('passes refusals on as codes, so the overlay can say what to do in the person’s language', async () => {
    const { remote } = await connectedDevice();
    await expect(remote.editTexts(crypto.randomUUID(), edit(makeSuggestion(), 'x'))).rejects.toMatchObject({ problem: { code: 'store.not-found' } });
    const sent = makeSuggestion();
    await local.suggestions.add(sent, 'sent');
    await expect(remote.withdraw(sent.id)).rejects.toMatchObject({ problem: { code: 'suggestion.already-sent' } });
  });

  it('has no raw update: a page cannot set a status, a batch or a receipt code', async () => {
    const { handle } = await connectedDevice();
    const suggestion = makeSuggestion();
    await local.suggestions.add(suggestion, 'queued');
    for (const intent of ['suggestions.update', 'update', 'delete']) {
      expect(await handle({ channel: 'mitgestalten/device', intent, params: [suggestion.id, { status: 'sent', receiptCode: 'AAAA-BBBB-CCCC' }] })).toMatchObject({ ok: false });
    }
    // An edit that smuggles in local fields: they are not part of an edit and never stored.
    await handle({ channel: 'mitgestalten/device', intent: 'editTexts', params: [suggestion.id, { ...edit(suggestion, 'Neu'), status: 'sent', batchId: crypto.randomUUID() }] });
    expect(await local.suggestions.get(suggestion.id)).toMatchObject({ status: 'queued', suggestion: { problem: 'Neu' } });
    expect((await local.suggestions.get(suggestion.id))!.batchId).toBeUndefined();
  });

  it('rejects invalid parameters before they reach the store, naming the field', async () => {
    const { handle } = await connectedDevice();
    const bad = { ...makeSuggestion(), category: 'beschwerde' };
    expect(await handle({ channel: 'mitgestalten/device', intent: 'save', params: [bad] })).toEqual({ ok: false, problem: { code: 'device.unexpected' } });
    expect(await local.suggestions.count()).toBe(0);
  });

  it('answers a message that is not a known intent with a problem instead of throwing', async () => {
    const { handle } = await connectedDevice();
    expect(await handle({ channel: 'mitgestalten/device', intent: 'dropAll', params: [] })).toMatchObject({ ok: false, problem: { code: 'device.unexpected' } });
    expect(await handle('hallo')).toMatchObject({ ok: false });
  });

  it('gives the page agent this page’s suggestions over a JSON channel, refusals as codes, a lost background as device.unreachable', async () => {
    const { handle } = await connectedDevice();
    const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    const send = async (request: unknown) => json(await handle(json(request)));
    const suggestion = makeSuggestion();
    await local.suggestions.add(suggestion, 'queued');
    await expect(requestUnchecked(send, 'listPage', [suggestion.page])).resolves.toEqual([{ suggestion, status: 'queued' }]);
    await expect(requestUnchecked(send, 'withdraw', [crypto.randomUUID()])).rejects.toMatchObject({ problem: { code: 'store.not-found' } });
    const gone = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(requestUnchecked(gone, 'listPage', [suggestion.page])).rejects.toMatchObject({ problem: { code: 'device.unreachable' } });
  });

  it('refuses an answer that does not match the contract', async () => {
    const remote = createRemoteDevice(async () => ({ ok: true, result: [{ suggestion: { id: 'x' }, status: 'queued' }] }), () => {
      throw new Error('no port');
    });
    await expect(remote.listAll()).rejects.toThrow(/result of listAll is invalid/);
  });

  it('says "unreachable" with a code, not the browser’s English words, when the background is gone', async () => {
    const remote = createRemoteDevice(
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      (name) => {
        // The worker is stopped as soon as the request arrives: its end of the port just closes.
        const [page, background] = portPair(name);
        background.onMessage.addListener(() => background.disconnect());
        return page;
      },
    );
    await expect(remote.listAll()).rejects.toMatchObject({ problem: { code: 'device.unreachable' } });
    // A service worker stopped mid-send: the port closes before the summary.
    await expect(remote.send('all-unsent')).rejects.toMatchObject({ problem: { code: 'device.unreachable' } });
  });

  it('sends over a port with progress, and the backlog stores each suggestion once', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { remote } = await connectedDevice(server.url);
    const suggestions = [makeSuggestion(), makeSuggestion(), makeSuggestion()];
    for (const suggestion of suggestions) await remote.save(suggestion);

    const progress: number[] = [];
    const summary = await remote.send('all-unsent', (step) => progress.push(step.suggestionsDone));
    expect(summary).toMatchObject({ sent: 3, notSent: 0, problems: [] });
    expect(progress).toEqual([0, 3]);
    expect(server.stored.map((row) => row.suggestion.id).sort()).toEqual(suggestions.map((s) => s.id).sort());
    expect((await remote.listAll()).map((r) => r.receiptCode)).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    expect((await remote.overview()).waiting).toEqual([]);
  });

  it('tells a watching panel when the outbox changed, whoever changed it', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { remote, composed } = await connectedDevice(server.url);
    await remote.save(makeSuggestion());
    let changes = 0;
    const stop = remote.watchOutbox(() => (changes += 1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Another tab presses "send"; this tab's open panel did nothing.
    const otherTab = createRemoteDevice(async (request) => structuredClone(await createDeviceHandler(composed.device)(request)), (name) => {
      const [page, background] = portPair(name);
      serveSend(background, composed.device);
      return page;
    });
    await otherTab.send('all-unsent');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes).toBeGreaterThan(0);
    expect((await remote.overview()).waiting).toEqual([]);
    stop();
  });

  it('reports a refused batch with a code and keeps every suggestion', async () => {
    const server = await startFaultBacklogServer();
    cleanups.push(() => server.close());
    const { remote } = await connectedDevice(server.url);
    await remote.save(makeSuggestion());
    server.failNext({ kind: 'status', status: 400, code: 'unknown-category', error: 'Feld category unbekannt' });
    const summary = await remote.send('all-unsent');
    expect(summary).toMatchObject({ sent: 0, notSent: 1, problems: [{ code: 'delivery.rejected', status: 400, serverCode: 'unknown-category' }] });
    expect((await remote.overview()).waiting).toHaveLength(1);
  });

  it('says with a code that sending needs a backlog address when none is configured, and exports instead', async () => {
    const { remote } = await connectedDevice();
    await remote.save(makeSuggestion());
    expect((await remote.overview()).canSend).toBe(false);
    await expect(remote.send('all-unsent')).rejects.toMatchObject({ problem: { code: 'outbox.no-endpoint' } });
    const files = await remote.exportUnsent('csv');
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toMatch(/\.csv$/);
  });
});
