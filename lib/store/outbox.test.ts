import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { Batch, Suggestion } from '../model';
import { openLocalDb, openLocalStore, type LocalStore } from '.';

let open: LocalStore[] = [];
afterEach(() => {
  open.forEach((store) => store.close());
  open = [];
});

async function freshStore(name = `test-${crypto.randomUUID()}`): Promise<LocalStore> {
  const store = await openLocalStore({ name });
  open.push(store);
  return store;
}

const source = { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' } as const;
const asBatch = (suggestions: Suggestion[]): Batch => ({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-21T09:00:00.000Z', source, suggestions });
const oneBatch = (suggestions: Suggestion[]) => [asBatch(suggestions)];

describe('outbox store', () => {
  it('queues chosen suggestions into batches and marks them queued with their batchId, unchanged', async () => {
    const { suggestions, outbox } = await freshStore();
    const [a, b] = [makeSuggestion(), makeSuggestion()];
    await suggestions.add(a, 'queued');
    await suggestions.add(b, 'draft');

    const { created, skipped } = await outbox.queue([a.id, b.id], oneBatch);
    expect(skipped).toEqual([]);
    const batchId = created[0]!.batch.batchId;
    expect(created[0]).toMatchObject({ state: 'queued', origin: 'created', attempts: 0 });
    expect(await suggestions.get(a.id)).toEqual({ suggestion: a, status: 'queued', batchId });
    // Queuing is not editing: the suggestion's own timestamps stay those of the batch that is sent.
    expect((await suggestions.get(b.id))?.suggestion).toEqual(b);
    expect((await outbox.get(batchId))?.batch.suggestions).toEqual([a, b]);
  });

  it('"all unsent" takes finished suggestions in no batch yet, not drafts still being written', async () => {
    const { suggestions, outbox } = await freshStore();
    const finished = makeSuggestion();
    const draft = makeSuggestion();
    await suggestions.add(finished, 'queued');
    await suggestions.add(draft, 'draft');
    const first = await outbox.queue('all-unsent', oneBatch);
    expect(first.created[0]!.batch.suggestions.map((s) => s.id)).toEqual([finished.id]);
    // Once in a batch, a suggestion is not put into a second one.
    expect((await outbox.queue('all-unsent', oneBatch)).created).toEqual([]);
    expect((await outbox.queue([finished.id], oneBatch)).pending.map((entry) => entry.batch.batchId)).toEqual([first.created[0]!.batch.batchId]);
  });

  it('reports unknown and already sent suggestions instead of queuing them', async () => {
    const { suggestions, outbox } = await freshStore();
    const sent = makeSuggestion();
    await suggestions.add(sent, 'sent');
    const unknown = crypto.randomUUID();
    expect((await outbox.queue([sent.id, unknown], oneBatch)).skipped).toEqual([
      { id: sent.id, reason: 'already-sent' },
      { id: unknown, reason: 'unknown' },
    ]);
  });

  it('changes nothing when building the batch fails: batch and queued marks are one transaction', async () => {
    const { suggestions, outbox } = await freshStore();
    const suggestion = makeSuggestion();
    await suggestions.add(suggestion, 'queued');
    await expect(
      outbox.queue('all-unsent', () => {
        throw new Error('kaputt');
      }),
    ).rejects.toThrow('kaputt');
    const originalAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(outbox.queue('all-unsent', oneBatch)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.add = originalAdd;
    }
    expect(await suggestions.get(suggestion.id)).toEqual({ suggestion, status: 'queued' });
    expect(await outbox.list()).toEqual([]);
  });

  it('stores a receipt: the batch becomes sent, its suggestions sent with their codes', async () => {
    const { suggestions, outbox, receipts } = await freshStore();
    const [a, b] = [makeSuggestion(), makeSuggestion()];
    await suggestions.add(a, 'queued');
    await suggestions.add(b, 'queued');
    const batchId = (await outbox.queue('all-unsent', oneBatch)).created[0]!.batch.batchId;
    const receipt = {
      batchId,
      receivedAt: '2026-11-21T09:00:01.000Z',
      receipts: [
        { suggestionId: a.id, receiptCode: 'AAAA-BBBB-CCCC' },
        { suggestionId: b.id, receiptCode: 'DDDD-EEEE-FFFF' },
      ],
    };
    expect(await outbox.recordReceipt(batchId, receipt)).toMatchObject({ state: 'sent', receipt });
    expect(await suggestions.get(b.id)).toMatchObject({ status: 'sent', batchId, receiptCode: 'DDDD-EEEE-FFFF' });
    expect(await receipts.get('AAAA-BBBB-CCCC')).toEqual({ receiptCode: 'AAAA-BBBB-CCCC', suggestionId: a.id, batchId, receivedAt: receipt.receivedAt });
    expect(await outbox.listUnsent()).toEqual([]);
  });

  it('imports a batch file all or nothing, keeping suggestions it already has as they are', async () => {
    const { suggestions, outbox } = await freshStore();
    const known = makeSuggestion();
    await suggestions.add(known, 'sent');
    const fresh = makeSuggestion();
    const batch = asBatch([known, fresh]);

    expect(await outbox.importBatch(batch)).toEqual({ outcome: 'imported', added: [fresh.id], alreadyKnown: [known.id], batchIds: [batch.batchId] });
    expect(await suggestions.get(known.id)).toEqual({ suggestion: known, status: 'sent' });
    expect(await suggestions.get(fresh.id)).toMatchObject({ status: 'queued', batchId: batch.batchId });
    expect(await outbox.get(batch.batchId)).toMatchObject({ state: 'queued', origin: 'imported', batch });
    expect(await outbox.importBatch(batch)).toEqual({ outcome: 'already-imported', added: [], alreadyKnown: [known.id, fresh.id], batchIds: [] });
    expect(await outbox.importBatch(asBatch([known, fresh]))).toMatchObject({ outcome: 'nothing-new', added: [] });
    expect(await suggestions.count()).toBe(2);
  });

  it('leaves nothing behind when an import fails half-way', async () => {
    const { suggestions, outbox } = await freshStore();
    const batch = asBatch([makeSuggestion(), makeSuggestion(), makeSuggestion()]);
    const originalAdd = IDBObjectStore.prototype.add;
    let adds = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++adds === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalAdd.apply(this, args);
    };
    try {
      await expect(outbox.importBatch(batch)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.add = originalAdd;
    }
    expect(await suggestions.count()).toBe(0);
    expect(await outbox.list()).toEqual([]);
  });

  it('reports a damaged batch record instead of sending it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const { outbox } = await freshStore(name);
    const raw = await openDB(name);
    await raw.put('outbox', { batch: { batchId: crypto.randomUUID(), suggestions: [] }, state: 'queued', origin: 'created', attempts: 0 });
    raw.close();
    await expect(outbox.listUnsent()).rejects.toThrow(/stored batch is invalid: batch\./);
  });
});

describe('migration to version 3', () => {
  it('adds the outbox and receipts to a version 2 database without touching its suggestions', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = await openLocalDb({ name, version: 2 });
    const old = [makeSuggestion(), makeSuggestion()];
    for (const suggestion of old) await v2.add('suggestions', { suggestion, status: 'queued' });
    v2.close();

    const store = await freshStore(name);
    expect((await store.suggestions.listByStatus('queued')).map((record) => record.suggestion)).toEqual(old);
    const { created } = await store.outbox.queue('all-unsent', oneBatch);
    expect(created[0]!.batch.suggestions).toEqual(old);
    expect(await store.receipts.list()).toEqual([]);
  });

  it('turns the German sentences a version 3 database stored for failed batches into codes', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v3 = await openLocalDb({ name, version: 3 });
    const failed = (status: number | undefined, retryable: boolean) => ({
      batch: asBatch([makeSuggestion()]),
      state: 'failed',
      origin: 'created',
      attempts: 1,
      lastError: { ...(status ? { status } : {}), retryable, message: 'Der Backlog-Server ist gerade nicht erreichbar. …' },
    });
    const old = [failed(undefined, true), failed(503, true), failed(429, true), failed(401, false), failed(400, false), failed(413, false)];
    for (const entry of old) await v3.add('outbox', entry as never);
    v3.close();

    const store = await freshStore(name);
    const byId = new Map((await store.outbox.list()).map((entry) => [entry.batch.batchId, entry.lastError]));
    expect(old.map((entry) => byId.get(entry.batch.batchId))).toEqual([
      { code: 'delivery.network', retryable: true },
      { code: 'delivery.server-error', status: 503, retryable: true },
      { code: 'delivery.busy', status: 429, retryable: true },
      { code: 'delivery.unauthorized', status: 401, retryable: false },
      { code: 'delivery.rejected', status: 400, retryable: false },
      { code: 'delivery.too-large', status: 413, retryable: false },
    ]);
  });

  describe('withdrawing and editing, where the data is written', () => {
    const edit = (suggestion: Suggestion, problem: string) => {
      const { authorRole, category, language, redactions } = suggestion;
      return { authorRole, category, language, redactions, problem };
    };
    const rebuild = (remaining: Suggestion[]) => asBatch(remaining);

    it('rebuilds an unsent batch without the withdrawn suggestion, under a new batchId, in one transaction', async () => {
      const { suggestions, outbox } = await freshStore();
      const [a, b] = [makeSuggestion(), makeSuggestion()];
      await suggestions.add(a, 'queued');
      await suggestions.add(b, 'queued');
      const { created } = await outbox.queue('all-unsent', oneBatch);
      const oldId = created[0]!.batch.batchId;
      // The first attempt was turned away (429: not processed), so the batch is certainly not at the backlog.
      await outbox.update(oldId, (entry) => ({ ...entry, state: 'failed', lastError: { code: 'delivery.busy', status: 429, retryable: true } }));

      const result = await outbox.withdraw(a.id, new Date(), rebuild);

      expect(result.removedBatchId).toBe(oldId);
      const newId = result.replacement!.batch.batchId;
      expect(newId).not.toBe(oldId);
      expect(await outbox.get(oldId)).toBeUndefined();
      expect((await outbox.list()).map((entry) => entry.batch.suggestions.map((s) => s.id))).toEqual([[b.id]]);
      expect(await suggestions.get(a.id)).toBeUndefined();
      expect(await suggestions.get(b.id)).toMatchObject({ status: 'queued', batchId: newId });
    });

    it('drops a batch that held only the withdrawn suggestion', async () => {
      const { suggestions, outbox } = await freshStore();
      const only = makeSuggestion();
      await suggestions.add(only, 'queued');
      await outbox.queue('all-unsent', oneBatch);
      await outbox.withdraw(only.id, new Date(), rebuild);
      expect(await outbox.list()).toEqual([]);
      expect(await suggestions.count()).toBe(0);
    });

    it('refuses, with a code and changing nothing, while another context is sending its batch', async () => {
      const { suggestions, outbox } = await freshStore();
      const a = makeSuggestion();
      await suggestions.add(a, 'queued');
      const { created } = await outbox.queue('all-unsent', oneBatch);
      const now = new Date();
      await outbox.update(created[0]!.batch.batchId, (entry) => ({ ...entry, state: 'sending', claimedUntil: new Date(now.getTime() + 30_000).toISOString() }));
      await expect(outbox.withdraw(a.id, now, rebuild)).rejects.toMatchObject({ problem: { code: 'suggestion.being-sent' } });
      expect(await suggestions.get(a.id)).toMatchObject({ status: 'queued' });
      expect(await outbox.list()).toHaveLength(1);
    });

    it('refuses while the backlog may have the batch: the last attempt ended without an answer', async () => {
      const { suggestions, outbox } = await freshStore();
      const a = makeSuggestion();
      await suggestions.add(a, 'queued');
      const { created } = await outbox.queue('all-unsent', oneBatch);
      await outbox.update(created[0]!.batch.batchId, (entry) => ({ ...entry, state: 'failed', lastError: { code: 'delivery.timeout', retryable: true } }));
      await expect(outbox.withdraw(a.id, new Date(), rebuild)).rejects.toMatchObject({ problem: { code: 'suggestion.delivery-uncertain' } });
      expect(await suggestions.get(a.id)).toMatchObject({ status: 'queued' });
    });

    it('refuses to withdraw what the backlog already has', async () => {
      const { suggestions, outbox } = await freshStore();
      const a = makeSuggestion();
      await suggestions.add(a, 'sent');
      await expect(outbox.withdraw(a.id, new Date(), rebuild)).rejects.toMatchObject({ problem: { code: 'suggestion.already-sent' } });
      expect(await suggestions.count()).toBe(1);
    });

    it('refuses to edit the texts of a suggestion once it is in a batch, whoever asks', async () => {
      const { suggestions, outbox } = await freshStore();
      const a = makeSuggestion();
      await suggestions.add(a, 'queued');
      await outbox.queue('all-unsent', oneBatch);
      await expect(suggestions.editTexts(a.id, edit(a, 'Anders'))).rejects.toMatchObject({ problem: { code: 'suggestion.in-batch' } });
      expect((await suggestions.get(a.id))?.suggestion.problem).toBe(a.problem);
    });
  });
});
