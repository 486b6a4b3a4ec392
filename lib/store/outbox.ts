import type { IDBPDatabase } from 'idb';
import {
  OutboxEntry,
  parseWith,
  planWithdrawal,
  ProblemError,
  StoredSuggestion,
  type Batch,
  type OutboxEntry as OutboxEntryType,
  type OutboxState,
  type StoredSuggestion as StoredSuggestionType,
  type SubmissionReceipt,
  type Suggestion,
  type SuggestionSelection,
} from '../model';
import { atomically, StoreError } from './errors';
import type { MitgestaltenDb } from './schema';

/**
 * Which suggestions to send: chosen ones by id (drafts too: the person picked them), or 'all-unsent', every
 * finished suggestion (status 'queued'), drafts still being written excepted. Suggestions already in an
 * unsent batch bring that batch along, unchanged.
 */
export type { SuggestionSelection };

export interface SkippedSuggestion {
  id: string;
  reason: 'unknown' | 'already-sent';
}

export interface QueueResult {
  /** Batches built just now from chosen suggestions that were in no batch yet. */
  created: OutboxEntryType[];
  /** Batches built earlier that hold some of the chosen suggestions and have no receipt yet. */
  pending: OutboxEntryType[];
  skipped: SkippedSuggestion[];
}

export interface ImportResult {
  outcome: 'imported' | 'already-imported' | 'nothing-new';
  /** Ids of suggestions new to this device, now stored and queued in the imported batch. */
  added: string[];
  /** Ids of suggestions this device already had; they are left as they were. */
  alreadyKnown: string[];
  /** The batches now in the outbox: the file's own, or the parts it was split into. */
  batchIds: string[];
}

/** Batches on their way to the backlog. Every change that touches suggestions too is one transaction. */
export interface OutboxRepository {
  /**
   * In one transaction: take the chosen suggestions that are in no batch yet, let `build` group them into
   * batches, store those batches as queued and mark their suggestions 'queued' with their batchId.
   * `build` must be synchronous: an IndexedDB transaction does not survive waiting for anything else.
   */
  queue(selection: SuggestionSelection, build: (suggestions: Suggestion[]) => Batch[]): Promise<QueueResult>;
  get(batchId: string): Promise<OutboxEntryType | undefined>;
  /** Every batch, oldest first. */
  list(): Promise<OutboxEntryType[]>;
  /** Batches without a receipt (queued, sending, failed), oldest first. */
  listUnsent(): Promise<OutboxEntryType[]>;
  /**
   * Read, change and write one batch in one transaction, so two contexts (tabs, a service worker) cannot
   * both claim it. `change` returns the new entry, or undefined to leave it as it is.
   */
  update(batchId: string, change: (entry: OutboxEntryType) => OutboxEntryType | undefined): Promise<{ entry: OutboxEntryType; changed: boolean } | undefined>;
  /** Store the server's receipt: the batch becomes 'sent', its suggestions 'sent' with their receipt codes. */
  recordReceipt(batchId: string, receipt: SubmissionReceipt): Promise<OutboxEntryType>;
  /**
   * Store a batch read from a file, unchanged (same batchId, so a second delivery of the same file is
   * recognised by the server), with the suggestions this device does not have yet. All or nothing.
   * `parts`: the batch split into smaller ones when it is too large for any backlog to accept; its
   * suggestions then travel in those (each suggestion id is still stored once by the backlog).
   */
  importBatch(batch: Batch, parts?: Batch[]): Promise<ImportResult>;
  /**
   * Withdraw a suggestion the person no longer wants sent, in one transaction with the rule that decides how
   * (`planWithdrawal`): it is deleted, and a batch it was in that has not reached the backlog is replaced by
   * `rebuild(remaining)` under a new batchId (or dropped when nothing remains). Refused with a ProblemError
   * when the backlog has it already or its batch is being sent this moment.
   */
  withdraw(id: string, now: Date, rebuild: (remaining: Suggestion[], previous: Batch) => Batch): Promise<WithdrawResult>;
}

export interface WithdrawResult {
  /** The batch the suggestion was taken out of, now gone from the outbox. */
  removedBatchId?: string;
  /** The batch that now carries the other suggestions of the removed one. */
  replacement?: OutboxEntryType;
}

const readEntry = (record: unknown) => parseWith(OutboxEntry, record, 'stored batch');
const readSuggestion = (record: unknown) => parseWith(StoredSuggestion, record, 'stored suggestion');
const byAge = (a: OutboxEntryType, b: OutboxEntryType) => a.batch.createdAt.localeCompare(b.batch.createdAt);
const UNSENT: OutboxState[] = ['queued', 'sending', 'failed'];

const newEntry = (batch: Batch, origin: OutboxEntryType['origin']): OutboxEntryType => ({ batch, state: 'queued', origin, attempts: 0 });

export function createOutboxRepository(db: IDBPDatabase<MitgestaltenDb>): OutboxRepository {
  return {
    queue(selection, build) {
      return atomically(() => db.transaction(['suggestions', 'outbox'], 'readwrite'), async (transaction) => {
        const suggestions = transaction.objectStore('suggestions');
        const outbox = transaction.objectStore('outbox');
        const skipped: SkippedSuggestion[] = [];
        const unbatched: StoredSuggestionType[] = [];
        const pendingIds = new Set<string>();

        const candidates =
          selection === 'all-unsent'
            ? (await suggestions.index('byStatus').getAll(IDBKeyRange.bound(['queued', ''], ['queued', '\uffff']))).map((record) => ({ id: record.suggestion.id, record }))
            : await Promise.all([...new Set(selection)].map(async (id) => ({ id, record: await suggestions.get(id) })));

        for (const { id, record } of candidates) {
          if (!record) {
            skipped.push({ id, reason: 'unknown' });
          } else if (record.status === 'sent' || record.status === 'answered') {
            skipped.push({ id, reason: 'already-sent' });
          } else if (record.batchId) {
            pendingIds.add(record.batchId);
          } else {
            unbatched.push(readSuggestion(record));
          }
        }

        const pending: OutboxEntryType[] = [];
        for (const batchId of pendingIds) {
          const entry = await outbox.get(batchId);
          if (entry && entry.state !== 'sent') pending.push(readEntry(entry));
        }

        unbatched.sort((a, b) => a.suggestion.createdAt.localeCompare(b.suggestion.createdAt));
        const byId = new Map(unbatched.map((record) => [record.suggestion.id, record]));
        const created = (unbatched.length ? build(unbatched.map((record) => record.suggestion)) : []).map((batch) => readEntry(newEntry(batch, 'created')));
        for (const entry of created) {
          await outbox.add(entry);
          for (const suggestion of entry.batch.suggestions) {
            await suggestions.put({ ...byId.get(suggestion.id)!, status: 'queued', batchId: entry.batch.batchId });
          }
        }
        return { created, pending: pending.sort(byAge), skipped };
      });
    },

    async get(batchId) {
      const record = await db.get('outbox', batchId);
      return record === undefined ? undefined : readEntry(record);
    },

    async list() {
      return (await db.getAll('outbox')).map(readEntry).sort(byAge);
    },

    async listUnsent() {
      const lists = await Promise.all(UNSENT.map((state) => db.getAllFromIndex('outbox', 'byState', state)));
      return lists.flat().map(readEntry).sort(byAge);
    },

    update(batchId, change) {
      return atomically(() => db.transaction('outbox', 'readwrite'), async (transaction) => {
        const record = await transaction.store.get(batchId);
        if (!record) return undefined;
        const current = readEntry(record);
        const next = change(current);
        if (next) await transaction.store.put(readEntry(next));
        return { entry: next ?? current, changed: next !== undefined };
      });
    },

    recordReceipt(batchId, receipt) {
      return atomically(() => db.transaction(['outbox', 'suggestions', 'receipts'], 'readwrite'), async (transaction) => {
        const outbox = transaction.objectStore('outbox');
        const record = await outbox.get(batchId);
        if (!record) throw new StoreError('not-found', batchId);
        const { claimedUntil: _claim, nextAttemptAt: _next, lastError: _error, ...rest } = readEntry(record);
        const sent = readEntry({ ...rest, state: 'sent', receipt });
        await outbox.put(sent);

        const suggestions = transaction.objectStore('suggestions');
        const receipts = transaction.objectStore('receipts');
        for (const { suggestionId, receiptCode } of receipt.receipts) {
          const stored = await suggestions.get(suggestionId);
          // A suggestion this device knows from another batch (an imported file can overlap) keeps its own state.
          if (stored && stored.batchId === batchId) {
            await suggestions.put({ ...stored, status: stored.status === 'answered' ? 'answered' : 'sent', receiptCode });
          }
          if (!(await receipts.get(receiptCode))) {
            await receipts.put({ receiptCode, suggestionId, batchId, receivedAt: receipt.receivedAt });
          }
        }
        return sent;
      });
    },

    withdraw(id, now, rebuild) {
      return atomically(() => db.transaction(['suggestions', 'outbox'], 'readwrite'), async (transaction) => {
        const suggestions = transaction.objectStore('suggestions');
        const outbox = transaction.objectStore('outbox');
        const record = await suggestions.get(id);
        if (!record) throw new StoreError('not-found', id);
        const stored = readSuggestion(record);
        const batchRecord = stored.batchId ? await outbox.get(stored.batchId) : undefined;
        const batch = batchRecord ? readEntry(batchRecord) : undefined;
        const plan = planWithdrawal(stored, batch, now);
        if (plan.action === 'refuse') throw new ProblemError({ code: plan.reason });
        await suggestions.delete(id);
        if (plan.action === 'delete' || !batch) return {};

        await outbox.delete(batch.batch.batchId);
        if (plan.remaining.length === 0) return { removedBatchId: batch.batch.batchId };
        const replacement = readEntry(newEntry(rebuild(plan.remaining, batch.batch), batch.origin));
        await outbox.add(replacement);
        for (const suggestion of plan.remaining) {
          const other = await suggestions.get(suggestion.id);
          if (other?.batchId === batch.batch.batchId) await suggestions.put({ ...other, batchId: replacement.batch.batchId });
        }
        return { removedBatchId: batch.batch.batchId, replacement };
      });
    },

    importBatch(batch, parts = [batch]) {
      return atomically(() => db.transaction(['outbox', 'suggestions'], 'readwrite'), async (transaction) => {
        const outbox = transaction.objectStore('outbox');
        const suggestions = transaction.objectStore('suggestions');
        const known = await Promise.all(batch.suggestions.map((suggestion) => suggestions.getKey(suggestion.id)));
        const added = batch.suggestions.filter((_, index) => known[index] === undefined);
        const alreadyKnown = batch.suggestions.filter((_, index) => known[index] !== undefined).map((suggestion) => suggestion.id);

        if (await outbox.getKey(batch.batchId)) return { outcome: 'already-imported' as const, added: [], alreadyKnown, batchIds: [] };
        if (added.length === 0) return { outcome: 'nothing-new' as const, added: [], alreadyKnown, batchIds: [] };
        const addedIds = new Set(added.map((suggestion) => suggestion.id));
        for (const part of parts) {
          await outbox.add(readEntry(newEntry(part, 'imported')));
          for (const suggestion of part.suggestions) {
            if (addedIds.has(suggestion.id)) await suggestions.add({ suggestion, status: 'queued', batchId: part.batchId });
          }
        }
        return { outcome: 'imported' as const, added: [...addedIds], alreadyKnown, batchIds: parts.map((part) => part.batchId) };
      });
    },
  };
}
