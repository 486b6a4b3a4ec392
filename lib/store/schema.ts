import type { DBSchema } from 'idb';
import type { LocalStatus, OutboxEntry, OutboxState, Settings, StoredReceipt, StoredSuggestion, WritingDraft } from '../model';

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
  /** Preferences under the key 'settings'; the unsaved writing draft under 'draft'. */
  settings: {
    key: 'settings' | 'draft';
    value: Settings | WritingDraft;
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
