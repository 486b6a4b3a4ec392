import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { Batch, Suggestion } from '../model';
import { openLocalStore, type LocalStore } from '.';

let open: LocalStore[] = [];
afterEach(() => {
  open.forEach((store) => store.close());
  open = [];
});

async function freshStore(): Promise<LocalStore> {
  const store = await openLocalStore({ name: `test-${crypto.randomUUID()}` });
  open.push(store);
  return store;
}

const source = { kind: 'extension', version: '0.1.0', site: 'browser-extension' } as const;
const asBatch = (suggestions: Suggestion[]): Batch => ({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-01T09:00:00.000Z', source, suggestions });
let codes = 0;
const nextCode = () => `AAAA-BBBB-${String(++codes).padStart(4, '0')}`;

/** Queue `suggestions` in one batch and record the backlog's receipt at `receivedAt`. */
async function sendAt(store: LocalStore, suggestions: Suggestion[], receivedAt: string) {
  for (const suggestion of suggestions) await store.suggestions.add(suggestion, 'queued');
  const batchId = (await store.outbox.queue(suggestions.map((s) => s.id), (chosen) => [asBatch(chosen)])).created[0]!.batch.batchId;
  await store.outbox.recordReceipt(batchId, { batchId, receivedAt, receipts: suggestions.map((s) => ({ suggestionId: s.id, receiptCode: nextCode() })) });
  return batchId;
}

const now = new Date('2026-11-29T12:00:00.000Z');

describe('retention', () => {
  it('deletes what the backlog received at least N days ago, with its receipt and its sent batch, and nothing else', async () => {
    const store = await freshStore();
    const old = [makeSuggestion(), makeSuggestion()];
    const oldBatch = await sendAt(store, old, '2026-11-01T12:00:00.000Z');
    const recent = makeSuggestion();
    const recentBatch = await sendAt(store, [recent], '2026-11-25T12:00:00.000Z');
    // Unsent suggestions are never deleted by time, however old.
    const waiting = makeSuggestion({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    await store.suggestions.add(waiting, 'queued');

    expect(await store.housekeeping.deleteExpired(now, 14)).toBe(2);

    expect((await store.suggestions.listAll()).map((record) => record.suggestion.id).sort()).toEqual([recent.id, waiting.id].sort());
    expect((await store.outbox.list()).map((entry) => entry.batch.batchId)).toEqual([recentBatch]);
    expect(await store.outbox.get(oldBatch)).toBeUndefined();
    expect((await store.receipts.list()).map((receipt) => receipt.suggestionId)).toEqual([recent.id]);
  });

  it('keeps a sent batch while one of its suggestions is still kept', async () => {
    const store = await freshStore();
    const [a, b] = [makeSuggestion(), makeSuggestion()];
    const batchId = await sendAt(store, [a, b], '2026-11-01T12:00:00.000Z');
    await store.receipts.recordStatus({ receiptCode: (await store.suggestions.get(b.id))!.receiptCode!, status: 'planned', updatedAt: now.toISOString() }, now.toISOString(), true);
    // Answered ones go as well: the answer is the end of the way.
    expect(await store.housekeeping.deleteExpired(now, 100)).toBe(0);
    expect(await store.housekeeping.deleteExpired(now, 28)).toBe(2);
    expect(await store.outbox.get(batchId)).toBeUndefined();
  });
});

describe('delete all my data', () => {
  it('leaves an empty store', async () => {
    const store = await freshStore();
    await sendAt(store, [makeSuggestion()], '2026-11-01T12:00:00.000Z');
    await store.suggestions.add(makeSuggestion(), 'queued');
    await store.settings.write({ role: 'caseworker', retentionDays: 30 });
    await store.housekeeping.deleteAll();
    expect(await store.suggestions.count()).toBe(0);
    expect(await store.outbox.list()).toEqual([]);
    expect(await store.receipts.list()).toEqual([]);
    expect(await store.settings.read()).toEqual({});
  });
});
