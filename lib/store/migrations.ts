import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
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
];

export const CURRENT_VERSION = MIGRATIONS.length;
