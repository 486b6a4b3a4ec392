import type { DBSchema } from 'idb';
import type { LocalStatus, OutboxEntry, OutboxState, Settings, StoredReceipt, StoredSuggestion } from '../model';

/** The IndexedDB layout as idb sees it; `migrations.ts` creates it. */
export interface MitgestaltenDb extends DBSchema {
  suggestions: {
    key: string;
    value: StoredSuggestion;
    indexes: {
      byPage: string;
      byStatus: [LocalStatus, string];
      byTime: string;
      byPageTime: [string, string];
    };
  };
  settings: {
    key: 'settings';
    value: Settings;
  };
  outbox: {
    key: string;
    value: OutboxEntry;
    indexes: { byState: OutboxState };
  };
  receipts: {
    key: string;
    value: StoredReceipt;
  };
}
