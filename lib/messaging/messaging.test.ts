import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { openLocalStore, StoreError, type LocalStore } from '../store';
import { createRemoteStore, createStoreHandler, type Send } from '.';

let local: LocalStore;

/** A remote store whose messages go through structured cloning, as browser messaging does. */
async function connectedStore() {
  local = await openLocalStore({ name: `messaging-${crypto.randomUUID()}` });
  const handle = createStoreHandler(async () => local);
  const send: Send = async (request) => structuredClone(await handle(structuredClone(request)));
  return { remote: createRemoteStore(send), handle };
}

afterEach(() => local?.close());

describe('store calls across the extension message channel', () => {
  it('saves, lists and deletes through messages exactly as the local store does', async () => {
    const { remote } = await connectedStore();
    const suggestion = makeSuggestion();
    await remote.suggestions.add(suggestion);
    expect(await remote.suggestions.listByPage(suggestion.page.url)).toEqual([{ suggestion, status: 'draft' }]);
    expect(await local.suggestions.count()).toBe(1);
    await remote.suggestions.update(suggestion.id, { status: 'queued' });
    expect(await remote.suggestions.count({ status: 'queued' })).toBe(1);
    await remote.settings.write({ role: 'caseworker' });
    expect(await remote.settings.read()).toEqual({ role: 'caseworker' });
    await remote.suggestions.delete(suggestion.id);
    expect(await remote.suggestions.get(suggestion.id)).toBeUndefined();
  });

  it('passes store errors on with their kind, so the overlay can say what to do', async () => {
    const { remote } = await connectedStore();
    const failure = remote.suggestions.update(crypto.randomUUID(), { status: 'sent' });
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    await expect(failure).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('rejects invalid parameters before they reach the store, naming the field', async () => {
    const { remote } = await connectedStore();
    const bad = { ...makeSuggestion(), category: 'beschwerde' } as never;
    await expect(remote.suggestions.add(bad)).rejects.toThrow(/\[0\]\.category/);
    expect(await local.suggestions.count()).toBe(0);
  });

  it('answers a message that is not a store call with an error instead of throwing', async () => {
    const { handle } = await connectedStore();
    expect(await handle({ channel: 'mitgestalten/store', call: 'suggestions.dropAll', params: [] })).toMatchObject({
      ok: false,
      error: { name: 'ValidationError', message: expect.stringMatching(/call/) },
    });
    expect(await handle('hallo')).toMatchObject({ ok: false });
  });

  it('refuses an answer that does not match the contract', async () => {
    const remote = createRemoteStore(async () => ({ ok: true, result: [{ suggestion: { id: 'x' }, status: 'draft' }] }));
    await expect(remote.suggestions.listAll()).rejects.toThrow(/Antwort auf suggestions\.listAll ist ungültig/);
  });
});
