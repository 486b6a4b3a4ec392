import type { IDBPDatabase } from 'idb';
import { isDueForDeletion } from '../model';
import { atomically } from './errors';
import type { MitgestaltenDb } from './schema';

/** Deleting by rule: what the retention period makes due, or everything at the person's request. */
export interface HousekeepingRepository {
  /**
   * In one transaction, delete every sent or answered suggestion the backlog received at least `retentionDays`
   * days before `now` (`isDueForDeletion`), its receipt, and each sent batch whose suggestions are all gone.
   * Unsent suggestions and batches are never touched. Returns how many suggestions went.
   */
  deleteExpired(now: Date, retentionDays: number): Promise<number>;
  /** Empty every store: suggestions, outbox, receipts, settings and the unsaved draft. */
  deleteAll(): Promise<void>;
}

export function createHousekeepingRepository(db: IDBPDatabase<MitgestaltenDb>): HousekeepingRepository {
  return {
    deleteExpired(now, retentionDays) {
      return atomically(() => db.transaction(['suggestions', 'receipts', 'outbox'], 'readwrite'), async (transaction) => {
        const suggestions = transaction.objectStore('suggestions');
        const receipts = transaction.objectStore('receipts');
        const outbox = transaction.objectStore('outbox');
        const receivedAt = new Map((await receipts.getAll()).map((receipt) => [receipt.receiptCode, receipt.receivedAt]));
        let deleted = 0;
        for (const record of await suggestions.getAll()) {
          const at = (record.receiptCode && receivedAt.get(record.receiptCode)) ?? record.suggestion.updatedAt;
          if (!isDueForDeletion({ status: record.status, receivedAt: at }, now, retentionDays)) continue;
          await suggestions.delete(record.suggestion.id);
          if (record.receiptCode) await receipts.delete(record.receiptCode);
          deleted += 1;
        }
        // A sent batch holds copies of its suggestions: once they are all deleted, the copies go too.
        for (const entry of await outbox.index('byState').getAll('sent')) {
          const remaining = await Promise.all(entry.batch.suggestions.map((suggestion) => suggestions.count(suggestion.id)));
          if (remaining.every((count) => count === 0)) await outbox.delete(entry.batch.batchId);
        }
        return deleted;
      });
    },

    deleteAll() {
      return atomically(() => db.transaction(['suggestions', 'receipts', 'outbox', 'settings'], 'readwrite'), async (transaction) => {
        await Promise.all((['suggestions', 'receipts', 'outbox', 'settings'] as const).map((name) => transaction.objectStore(name).clear()));
      });
    },
  };
}
