import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { Batch, Suggestion, WritingDraft } from '../model';
import { readBootFacts } from './boot-facts';
import { openLocalDb, openLocalStore, type LocalStore } from '.';

let open: LocalStore[] = [];
afterEach(() => {
  open.forEach((store) => store.close());
  open = [];
});

const WOHNEN = { url: 'https://jobcenter-musterstadt.example/buergergeld/wohnen', title: 'Antrag', step: 'Wohnen' };
const NOW = new Date('2026-11-30T10:00:00.000Z');

async function storeNamed(name: string): Promise<LocalStore> {
  const store = await openLocalStore({ name });
  open.push(store);
  return store;
}

const asBatch = (suggestions: Suggestion[]): Batch => ({
  batchId: crypto.randomUUID(),
  schemaVersion: 1,
  createdAt: '2026-11-21T09:00:00.000Z',
  source: { kind: 'widget', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' },
  suggestions,
});

const draftOn = (page: typeof WOHNEN, savedAt: string): WritingDraft => {
  const { target, category, authorRole } = makeSuggestion();
  return { page, target, category, authorRole, problem: 'Ich weiß nicht, was hier', proposal: '', savedAt };
};

describe('the boot facts of a returning visitor, read without the device', () => {
  it('tells the chosen language and corner, this page’s count (also under another address of its step) and its draft', async () => {
    const name = `boot-${crypto.randomUUID()}`;
    const store = await storeNamed(name);
    await store.settings.write({ language: 'ar', launcher: { corner: 'top-start', collapsed: true } });
    await store.suggestions.add(makeSuggestion({ page: WOHNEN }), 'queued');
    await store.suggestions.add(makeSuggestion({ page: { ...WOHNEN, url: 'https://jobcenter-musterstadt.example/buergergeld/' } }), 'queued');
    await store.suggestions.add(makeSuggestion({ page: { url: 'https://jobcenter-musterstadt.example/buergergeld/einkommen', title: 'Antrag', step: 'Einkommen' } }), 'queued');
    await store.suggestions.add(makeSuggestion({ page: { url: 'https://anderes-amt.example/buergergeld/wohnen', title: 'Antrag', step: 'Wohnen' } }), 'queued');
    await store.draft.keep(draftOn(WOHNEN, '2026-11-30T09:30:00.000Z'));

    expect(await readBootFacts(WOHNEN, NOW, name)).toEqual({ language: 'ar', launcher: { corner: 'top-start', collapsed: true }, pageCount: 2, hasDraft: true, waitingToSend: false });
  });

  it('says a batch waits while one is queued or will be retried, and not for one the backlog refused for good', async () => {
    const name = `boot-${crypto.randomUUID()}`;
    const store = await storeNamed(name);
    const suggestion = makeSuggestion({ page: WOHNEN });
    await store.suggestions.add(suggestion, 'queued');
    const { created } = await store.outbox.queue([suggestion.id], (suggestions) => [asBatch(suggestions)]);
    expect((await readBootFacts(WOHNEN, NOW, name))?.waitingToSend).toBe(true);

    const batchId = created[0]!.batch.batchId;
    await store.outbox.update(batchId, (entry) => ({ ...entry, state: 'failed', lastError: { code: 'delivery.rejected', status: 400, retryable: false } }));
    expect((await readBootFacts(WOHNEN, NOW, name))?.waitingToSend).toBe(false);
    await store.outbox.update(batchId, (entry) => ({ ...entry, state: 'failed', lastError: { code: 'delivery.server-error', status: 503, retryable: true }, nextAttemptAt: NOW.toISOString() }));
    expect((await readBootFacts(WOHNEN, NOW, name))?.waitingToSend).toBe(true);
  });

  it('offers no draft of another page, nor one older than a day', async () => {
    const name = `boot-${crypto.randomUUID()}`;
    const store = await storeNamed(name);
    await store.draft.keep(draftOn({ ...WOHNEN, url: 'https://jobcenter-musterstadt.example/buergergeld/einkommen', step: 'Einkommen' }, '2026-11-30T09:30:00.000Z'));
    expect((await readBootFacts(WOHNEN, NOW, name))?.hasDraft).toBe(false);
    await store.draft.keep(draftOn(WOHNEN, '2026-11-29T09:00:00.000Z'));
    expect((await readBootFacts(WOHNEN, NOW, name))?.hasDraft).toBe(false);
  });

  it('leaves a store of an older version to the device, and creates none where there is none', async () => {
    const older = `boot-${crypto.randomUUID()}`;
    (await openLocalDb({ name: older, version: 2 })).close();
    expect(await readBootFacts(WOHNEN, NOW, older)).toBeUndefined();

    const missing = `boot-${crypto.randomUUID()}`;
    expect(await readBootFacts(WOHNEN, NOW, missing)).toBeUndefined();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(missing);
    // The device can still make the store from scratch afterwards.
    const store = await storeNamed(missing);
    expect(await store.suggestions.count()).toBe(0);
  });
});
