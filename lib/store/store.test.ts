import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { CURRENT_VERSION, openLocalDb, openLocalStore, StoreError, type LocalStore } from '.';
import { createSuggestionRepository } from './suggestions';

let dbName = '';
let open: LocalStore[] = [];

async function freshStore(): Promise<LocalStore> {
  dbName = `test-${crypto.randomUUID()}`;
  const store = await openLocalStore({ name: dbName });
  open.push(store);
  return store;
}

afterEach(() => {
  open.forEach((store) => store.close());
  open = [];
});

const WOHNEN = 'https://jobcenter-musterstadt.example/buergergeld/wohnen';
const EINKOMMEN = 'https://jobcenter-musterstadt.example/buergergeld/einkommen';
const onPage = (url: string) => ({ url, title: 'Antrag' });

describe('suggestion store', () => {
  it('adds, reads, edits the texts of and withdraws a suggestion', async () => {
    const store = await freshStore();
    const { suggestions } = store;
    const suggestion = makeSuggestion({ proposal: 'Vorher' });
    await suggestions.add(suggestion, 'queued');
    expect(await suggestions.get(suggestion.id)).toEqual({ suggestion, status: 'queued' });

    const { authorRole, category, language, redactions } = suggestion;
    const edited = await suggestions.editTexts(suggestion.id, { authorRole, category, language, redactions, problem: 'Besser formuliert.' });
    expect(edited.status).toBe('queued');
    expect(edited.suggestion.problem).toBe('Besser formuliert.');
    expect(edited.suggestion.proposal).toBeUndefined(); // emptied means removed
    expect(edited.suggestion.updatedAt >= suggestion.updatedAt).toBe(true);
    expect(await suggestions.get(suggestion.id)).toEqual(edited);

    await store.outbox.withdraw(suggestion.id, new Date(), () => {
      throw new Error('a suggestion in no batch needs no new batch');
    });
    expect(await suggestions.get(suggestion.id)).toBeUndefined();
    expect(await suggestions.count()).toBe(0);
  });

  it('lists by page and by status, oldest first, and counts by each', async () => {
    const { suggestions } = await freshStore();
    const first = makeSuggestion({ page: onPage(WOHNEN) });
    const second = makeSuggestion({ page: onPage(EINKOMMEN) });
    const third = makeSuggestion({ page: onPage(WOHNEN) });
    // Inserted out of order: the index, not insertion order, must sort them.
    await suggestions.add(third, 'sent');
    await suggestions.add(first, 'draft');
    await suggestions.add(second, 'sent');

    expect((await suggestions.listByPage(WOHNEN)).map((r) => r.suggestion.id)).toEqual([first.id, third.id]);
    expect((await suggestions.listByStatus('sent')).map((r) => r.suggestion.id)).toEqual([second.id, third.id]);
    expect((await suggestions.listAll()).map((r) => r.suggestion.id)).toEqual([third.id, second.id, first.id]);
    expect(await suggestions.count()).toBe(3);
    expect(await suggestions.count({ pageUrl: WOHNEN })).toBe(2);
    expect(await suggestions.count({ status: 'sent' })).toBe(2);
    expect(await suggestions.count({ pageUrl: WOHNEN, status: 'sent' })).toBe(1);
    expect(await suggestions.listByPage('https://jobcenter-musterstadt.example/anders')).toEqual([]);
    expect((await suggestions.listBySite('https://jobcenter-musterstadt.example')).map((r) => r.suggestion.id)).toEqual([first.id, second.id, third.id]);
    expect(await suggestions.listBySite('https://jobcenter-musterstadt.example.evil')).toEqual([]);
  });

  it('rejects an invalid suggestion with the path of the bad field and stores nothing', async () => {
    const { suggestions } = await freshStore();
    const bad = makeSuggestion({ page: { url: 'https://jobcenter-musterstadt.example/antrag?kundennummer=123A456789', title: 'Antrag' } });
    await expect(suggestions.add(bad)).rejects.toMatchObject({ problems: [{ path: 'suggestion.page.url', code: 'other', params: { rule: 'no-query-or-fragment' } }] });
    expect(await suggestions.count()).toBe(0);
  });

  it('refuses to overwrite another suggestion with the same id', async () => {
    const { suggestions } = await freshStore();
    const suggestion = makeSuggestion();
    await suggestions.add(suggestion);
    await expect(suggestions.add({ ...suggestion, problem: 'Anderer Text' })).rejects.toThrow();
    expect((await suggestions.get(suggestion.id))?.suggestion.problem).toBe(suggestion.problem);
  });

  it('says with a code when a suggestion to edit or withdraw is gone', async () => {
    const store = await freshStore();
    const { authorRole, category, language, redactions, problem } = makeSuggestion();
    await expect(store.suggestions.editTexts(crypto.randomUUID(), { authorRole, category, language, redactions, problem })).rejects.toMatchObject({
      kind: 'not-found',
      problem: { code: 'store.not-found' },
    });
    await expect(store.outbox.withdraw(crypto.randomUUID(), new Date(), () => undefined as never)).rejects.toMatchObject({ problem: { code: 'store.not-found' } });
  });

  it('does not half-apply an invalid edit', async () => {
    const { suggestions } = await freshStore();
    const suggestion = makeSuggestion();
    await suggestions.add(suggestion);
    const { authorRole, category, language, redactions } = suggestion;
    await expect(suggestions.editTexts(suggestion.id, { authorRole, category, language, redactions, problem: '' })).rejects.toThrow(/problem/);
    expect((await suggestions.get(suggestion.id))?.suggestion.problem).toBe(suggestion.problem);
  });

  it('reports a corrupted record instead of handing it on', async () => {
    const store = await freshStore();
    const raw = await openDB(dbName);
    const damaged = { ...makeSuggestion(), problem: 42 };
    await raw.put('suggestions', { suggestion: damaged, status: 'draft' });
    raw.close();
    await expect(store.suggestions.listAll()).rejects.toThrow(/stored suggestion is invalid: suggestion\.problem: type/);
    await expect(store.suggestions.get(damaged.id)).rejects.toThrow(/suggestion\.problem/);
  });

  it('remembers settings', async () => {
    const { settings } = await freshStore();
    expect(await settings.read()).toEqual({});
    await settings.write({ role: 'caseworker' });
    await settings.write({ language: 'uk' });
    expect(await settings.read()).toEqual({ role: 'caseworker', language: 'uk' });
    await expect(settings.write({ role: 'chef' as never })).rejects.toThrow(/role/);
  });

  it('keeps both of two settings written at once, and a read in between sees none half-done', async () => {
    const { settings } = await freshStore();
    const [, read] = await Promise.all([settings.write({ language: 'ar' }), settings.read(), settings.write({ launcher: { corner: 'top-start', collapsed: true } })]);
    expect(read).toEqual({ language: 'ar' });
    expect(await settings.read()).toEqual({ language: 'ar', launcher: { corner: 'top-start', collapsed: true } });
  });
});

describe('errors people can act on', () => {
  it('turns a full disk into a quota error and keeps what was stored', async () => {
    const { suggestions } = await freshStore();
    const kept = makeSuggestion();
    await suggestions.add(kept);
    const originalAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const failure = suggestions.add(makeSuggestion());
      await expect(failure).rejects.toBeInstanceOf(StoreError);
      await expect(failure).rejects.toMatchObject({ kind: 'quota', problem: { code: 'store.quota' } });
    } finally {
      IDBObjectStore.prototype.add = originalAdd;
    }
    expect((await suggestions.listAll()).map((r) => r.suggestion.id)).toEqual([kept.id]);
  });

  it('fails an upgrade blocked by another tab with a clear error instead of hanging', async () => {
    dbName = `test-${crypto.randomUUID()}`;
    // An "old tab": a connection at version 1 that ignores requests to close.
    const oldTab = await openDB(dbName, 1, { upgrade: (db) => void db.createObjectStore('suggestions', { keyPath: 'suggestion.id' }) });
    await expect(openLocalDb({ name: dbName })).rejects.toMatchObject({ kind: 'blocked', problem: { code: 'store.blocked' } });
    oldTab.close();
  });

  it('closes itself when a newer version elsewhere needs to upgrade', async () => {
    const store = await freshStore();
    const newer = await openDB(dbName, CURRENT_VERSION + 1);
    expect(newer.version).toBe(CURRENT_VERSION + 1);
    newer.close();
    store.close();
  });

  it('refuses a database from a newer version of Mitgestalten', async () => {
    dbName = `test-${crypto.randomUUID()}`;
    (await openDB(dbName, CURRENT_VERSION + 5)).close();
    await expect(openLocalDb({ name: dbName })).rejects.toMatchObject({ kind: 'version' });
  });
});

describe('migrations', () => {
  it('upgrades a version 1 database holding suggestions without losing any', async () => {
    dbName = `test-${crypto.randomUUID()}`;
    const v1 = await openLocalDb({ name: dbName, version: 1 });
    const old = [makeSuggestion({ page: onPage(WOHNEN) }), makeSuggestion({ page: onPage(EINKOMMEN) }), makeSuggestion({ page: onPage(WOHNEN) })];
    const v1Repository = createSuggestionRepository(v1);
    for (const suggestion of old) await v1.add('suggestions', { suggestion, status: 'sent' });
    expect(await v1Repository.count()).toBe(3);
    v1.close();

    const store = await openLocalStore({ name: dbName });
    open.push(store);
    expect(await store.suggestions.count()).toBe(3);
    expect((await store.suggestions.listAll()).map((r) => r.suggestion)).toEqual([...old].reverse());
    // Indexes that only version 2 has work on the old data.
    expect(await store.suggestions.count({ status: 'sent' })).toBe(3);
    expect((await store.suggestions.listByPage(WOHNEN)).map((r) => r.suggestion.id)).toEqual([old[0]!.id, old[2]!.id]);
    expect(await store.settings.read()).toEqual({});
  });

  it('creates a fresh database at the current version with every index', async () => {
    await freshStore();
    const raw = await openDB(dbName);
    expect(raw.version).toBe(CURRENT_VERSION);
    expect([...raw.transaction('suggestions').store.indexNames].sort()).toEqual(['byPage', 'byPageTime', 'byStatus', 'byTime']);
    raw.close();
  });
});
