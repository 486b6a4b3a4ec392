import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DeliveryError, DeliveryErrorCode } from '../model';
import type { MitgestaltenDb } from './schema';

type Upgrade = (
  db: IDBPDatabase<MitgestaltenDb>,
  transaction: IDBPTransaction<MitgestaltenDb, StoreNames<MitgestaltenDb>[], 'versionchange'>,
) => void | Promise<void>;

/**
 * Every schema change, in order: entry N upgrades a database from version N to N+1.
 * Never edit a released entry; add a new one. Data already on people's devices depends on it.
 */
export const MIGRATIONS: readonly Upgrade[] = [
  // v1: suggestions, keyed by their id, findable by page.
  (db) => {
    const suggestions = db.createObjectStore('suggestions', { keyPath: 'suggestion.id' });
    suggestions.createIndex('byPage', 'suggestion.page.url');
  },
  // v2: lists by status and by time (sorted within a page), and remembered settings.
  (_db, transaction) => {
    const suggestions = transaction.objectStore('suggestions');
    suggestions.createIndex('byStatus', ['status', 'suggestion.createdAt']);
    suggestions.createIndex('byTime', 'suggestion.createdAt');
    suggestions.createIndex('byPageTime', ['suggestion.page.url', 'suggestion.createdAt']);
    _db.createObjectStore('settings');
  },
  // v3: the outbox (batches on their way to the backlog, by state) and the receipt codes the backlog gave.
  (db) => {
    const outbox = db.createObjectStore('outbox', { keyPath: 'batch.batchId' });
    outbox.createIndex('byState', 'state');
    db.createObjectStore('receipts', { keyPath: 'receiptCode' });
  },
  // v4: a failed batch's reason is a code the UI words in the person's language, no longer a German sentence.
  async (_db, transaction) => {
    let cursor = await transaction.objectStore('outbox').openCursor();
    while (cursor) {
      const legacy = (cursor.value as { lastError?: LegacyDeliveryError }).lastError;
      if (legacy && !('code' in legacy)) await cursor.update({ ...cursor.value, lastError: deliveryErrorFromLegacy(legacy) });
      cursor = await cursor.continue();
    }
  },
];

interface LegacyDeliveryError {
  status?: number;
  message: string;
  retryable: boolean;
}

/** The code a v3 sentence stood for, from what was stored beside it: the HTTP status and whether retrying helps. */
export function deliveryErrorFromLegacy({ status, retryable }: LegacyDeliveryError): DeliveryError {
  const code: DeliveryErrorCode =
    status === undefined
      ? 'delivery.network'
      : status === 429
        ? 'delivery.busy'
        : status === 408
          ? 'delivery.timeout'
          : status === 409
            ? 'delivery.in-progress'
            : status >= 500
              ? 'delivery.server-error'
              : status === 401 || status === 403
                ? 'delivery.unauthorized'
                : status === 404
                  ? 'delivery.not-found'
                  : status === 413
                    ? 'delivery.too-large'
                    : status >= 400
                      ? 'delivery.rejected'
                      : 'delivery.unexpected-answer';
  return { code, retryable, ...(status === undefined ? {} : { status }) };
}

export const CURRENT_VERSION = MIGRATIONS.length;
