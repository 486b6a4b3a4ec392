import type { BatchSource, ImportReport, OutboxEntry, ReceiptStatus, SendProgress } from '../model';
import type { ImportResult, LocalStore, QueueResult, SkippedSuggestion, SuggestionSelection } from '../store';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { dueAt, isDue, release } from './batch-state';
import { buildBatches, MAX_BATCH_BYTES } from './build-batches';
import { deliverBatch, type DeliveryContext } from './deliver';
import { OutboxError } from './errors';
import { batchCsvFile, batchJsonFile, type ExportFile } from './export-file';
import { MAX_IMPORT_BYTES, readBatchFile } from './import-file';
import { lookUpReceiptStatus } from './receipts';
import type { Exclusive } from './send-lock';
import { utf8ByteLength } from './sizes';
import type { BacklogTransport } from './transport';

export interface OutboxOptions {
  /** The device's store; the outbox uses its `outbox` and `receipts`. */
  store: Pick<LocalStore, 'outbox' | 'receipts'>;
  /** Stamped on every batch built here. */
  source: BatchSource;
  /** How batches reach the backlog. Without one (no backlog configured), batches can only travel as files. */
  transport?: BacklogTransport;
  now?: () => Date;
  /** Numbers in [0, 1) for the jitter of retry waits. */
  random?: () => number;
  /** A new UUID for each batch. */
  newId?: () => string;
  backoff?: BackoffPolicy;
  /**
   * Where several contexts share this store (the widget in several tabs): run each delivery under a lock
   * they all share (`sendLock`), so only one of them sends at a time.
   */
  exclusive?: Exclusive;
}

export type { SendProgress };

export interface SendOptions {
  /** Called before the first batch and after each one, for a progress bar on long sends. */
  onProgress?: (progress: SendProgress) => void;
}

export interface DeliveryReport {
  /** Each batch this call dealt with, as it stands afterwards (sent, failed, or still being sent elsewhere). */
  batches: OutboxEntry[];
  /** Chosen suggestions that were not sent now: unknown ids, or sent long ago. */
  skipped: SkippedSuggestion[];
  /** When the outbox next wants to try; undefined when nothing waits. */
  nextRetryAt?: Date;
}

export type { ImportReport };

export interface Outbox {
  /**
   * Put the chosen suggestions (or every finished one not yet in a batch) into batches of at most 500,
   * in one transaction, without sending. Use before exporting files where there is no network path.
   */
  queue(selection: SuggestionSelection): Promise<QueueResult>;
  /** Queue the chosen suggestions and send their batches now (batches built earlier are sent again unchanged). */
  send(selection: SuggestionSelection, options?: SendOptions): Promise<DeliveryReport>;
  /**
   * Send every batch that is due: queued, failed with its wait over, or left in 'sending' by a context that
   * was closed mid-send. Call on start, on `online`, on the extension's alarm and from `keepRetrying`.
   */
  retryDue(options?: SendOptions): Promise<DeliveryReport>;
  /**
   * For the one context that does all sending on a device (the extension's service worker), once when it
   * starts: batches an earlier run left in 'sending' died with it (the browser was closed mid-send), so
   * they are sent again at once, with the same batchId, instead of after their claim runs out. Then as
   * `retryDue`. Never call it where several contexts send (the widget in several tabs): use `retryDue`.
   */
  resumeInterrupted(options?: SendOptions): Promise<DeliveryReport>;
  /** When `retryDue` next has something to do; undefined when nothing waits. */
  nextRetryAt(): Promise<Date | undefined>;
  /** Every batch on this device, oldest first. */
  list(): Promise<OutboxEntry[]>;
  exportJson(batchId: string): Promise<ExportFile>;
  exportCsv(batchId: string): Promise<ExportFile>;
  /** Import a batch file (JSON) all or nothing; its new suggestions are queued to be sent on unchanged. */
  importBatchFile(file: string | Blob, options?: { maxBytes?: number }): Promise<ImportReport>;
  /** Look up the administration's answer for a receipt code and remember it. */
  refreshReceiptStatus(receiptCode: string): Promise<ReceiptStatus>;
  /**
   * Withdraw a saved suggestion: it never reaches the backlog. A batch it was in that has not reached the
   * backlog is rebuilt without it, under a new batchId (see `planWithdrawal`).
   */
  withdraw(suggestionId: string): Promise<void>;
  /** Be told whenever a batch is added, changes state or goes in this context. Returns the function that unsubscribes. */
  subscribe(listener: () => void): () => void;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { store, source, transport } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const listeners = new Set<() => void>();

  // Deliveries in one context run one after the other: a send pressed while a retry runs waits for it,
  // instead of racing it for the same batches. (Other contexts are kept off by the claim in the store.)
  let deliveries: Promise<unknown> = Promise.resolve();
  const exclusive = options.exclusive ?? ((work) => work());
  function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const locked = () => exclusive(work);
    const run = deliveries.then(locked, locked);
    deliveries = run.catch(() => undefined);
    return run;
  }

  const notify = () => {
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // A broken listener (a closed popup) must not stop a delivery half-way.
      }
    }
  };

  const requireTransport = (): BacklogTransport => {
    if (!transport) throw new OutboxError('outbox.no-endpoint');
    return transport;
  };

  async function entryOf(batchId: string): Promise<OutboxEntry> {
    const entry = await store.outbox.get(batchId);
    if (!entry) throw new OutboxError('outbox.batch-not-found');
    return entry;
  }

  async function nextRetryAt(): Promise<Date | undefined> {
    const times = (await store.outbox.listUnsent()).map(dueAt).filter((time): time is number => time !== undefined);
    if (times.length === 0) return undefined;
    return new Date(Math.max(Math.min(...times), now().getTime()));
  }

  /** One batch after the other: a slow backlog gets one request at a time from each device. */
  async function deliverAll(entries: OutboxEntry[], asked: boolean, sendOptions: SendOptions, skipped: SkippedSuggestion[]): Promise<DeliveryReport> {
    const context: DeliveryContext = { outbox: store.outbox, transport: requireTransport(), now, random, backoff: options.backoff ?? DEFAULT_BACKOFF, notify };
    const progress: SendProgress = {
      batchesDone: 0,
      batchesTotal: entries.length,
      suggestionsDone: 0,
      suggestionsTotal: entries.reduce((sum, entry) => sum + entry.batch.suggestions.length, 0),
    };
    sendOptions.onProgress?.({ ...progress });
    const batches: OutboxEntry[] = [];
    for (const entry of entries) {
      batches.push(await deliverBatch(entry.batch.batchId, asked, context));
      progress.batchesDone += 1;
      progress.suggestionsDone += entry.batch.suggestions.length;
      sendOptions.onProgress?.({ ...progress });
    }
    const next = await nextRetryAt();
    return { batches, skipped, ...(next ? { nextRetryAt: next } : {}) };
  }

  /** Send what automatic retry should send now; `prepare` runs first, in the same turn. */
  async function deliverDue(sendOptions: SendOptions, prepare?: (at: Date) => Promise<void>): Promise<DeliveryReport> {
    if (!transport) return { batches: [], skipped: [] };
    return oneAtATime(async () => {
      const at = now();
      await prepare?.(at);
      return deliverAll((await store.outbox.listUnsent()).filter((entry) => isDue(entry, at)), false, sendOptions, []);
    });
  }

  async function queue(selection: SuggestionSelection): Promise<QueueResult> {
    const result = await store.outbox.queue(selection, (suggestions) =>
      buildBatches(suggestions, { source, createdAt: now().toISOString(), newId }),
    );
    if (result.created.length > 0) notify();
    return result;
  }

  return {
    queue,

    async send(selection, sendOptions = {}) {
      requireTransport();
      return oneAtATime(async () => {
        const { created, pending, skipped } = await queue(selection);
        return deliverAll([...pending, ...created], true, sendOptions, skipped);
      });
    },

    retryDue(sendOptions = {}) {
      return deliverDue(sendOptions);
    },

    resumeInterrupted(sendOptions = {}) {
      return deliverDue(sendOptions, async (at) => {
        for (const entry of await store.outbox.listUnsent()) {
          if (entry.state === 'sending') await store.outbox.update(entry.batch.batchId, (current) => release(current, at));
        }
      });
    },

    nextRetryAt,

    list: () => store.outbox.list(),

    async exportJson(batchId) {
      return batchJsonFile(await entryOf(batchId));
    },

    async exportCsv(batchId) {
      return batchCsvFile(await entryOf(batchId));
    },

    async importBatchFile(file, importOptions = {}) {
      const batch = await readBatchFile(file, importOptions.maxBytes ?? MAX_IMPORT_BYTES);
      // A file may be larger than any backlog accepts (files up to 10 MB, requests up to 5 MB): its
      // suggestions then travel in smaller batches instead of failing forever.
      const parts = utf8ByteLength(JSON.stringify(batch, null, 2)) > MAX_BATCH_BYTES
        ? buildBatches(batch.suggestions, { source: batch.source, createdAt: batch.createdAt, newId })
        : [batch];
      const result = await store.outbox.importBatch(batch, parts);
      if (result.batchIds.length > 0) notify();
      return result;
    },

    refreshReceiptStatus(receiptCode) {
      return lookUpReceiptStatus(receiptCode, requireTransport(), store.receipts, now());
    },

    async withdraw(suggestionId) {
      // One at a time with deliveries in this context: a batch is never rebuilt under a running send here;
      // other contexts are kept off by the claim the rule checks.
      const { removedBatchId } = await oneAtATime(() =>
        store.outbox.withdraw(suggestionId, now(), (remaining, previous) =>
          buildBatches(remaining, { source: previous.source, createdAt: now().toISOString(), newId })[0]!,
        ),
      );
      if (removedBatchId) notify();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
