import type { IDBPDatabase } from 'idb';
import { parseWith, StoredReceipt, type ReceiptStatus, type StoredReceipt as StoredReceiptType } from '../model';
import { atomically } from './errors';
import type { MitgestaltenDb } from './schema';

/** The receipt codes this device was given, with the administration's answers as last looked up. */
export interface ReceiptRepository {
  get(receiptCode: string): Promise<StoredReceiptType | undefined>;
  /** Oldest first. */
  list(): Promise<StoredReceiptType[]>;
  /**
   * Remember the status looked up for a code and, when `answered`, mark its suggestion 'answered'.
   * Returns undefined when the code did not come to this device (someone typed in a code from elsewhere).
   */
  recordStatus(status: ReceiptStatus, checkedAt: string, answered: boolean): Promise<StoredReceiptType | undefined>;
}

const readReceipt = (record: unknown) => parseWith(StoredReceipt, record, 'Gespeicherter Empfangscode');

export function createReceiptRepository(db: IDBPDatabase<MitgestaltenDb>): ReceiptRepository {
  return {
    async get(receiptCode) {
      const record = await db.get('receipts', receiptCode);
      return record === undefined ? undefined : readReceipt(record);
    },

    async list() {
      return (await db.getAll('receipts')).map(readReceipt).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },

    recordStatus(status, checkedAt, answered) {
      return atomically(() => db.transaction(['receipts', 'suggestions'], 'readwrite'), async (transaction) => {
        const receipts = transaction.objectStore('receipts');
        const current = await receipts.get(status.receiptCode);
        if (!current) return undefined;
        const next = readReceipt({ ...current, status, checkedAt });
        await receipts.put(next);
        const suggestions = transaction.objectStore('suggestions');
        const suggestion = await suggestions.get(next.suggestionId);
        if (answered && suggestion?.receiptCode === next.receiptCode && suggestion.status === 'sent') {
          await suggestions.put({ ...suggestion, status: 'answered' });
        }
        return next;
      });
    },
  };
}
