import { createDraftRepository, type DraftRepository } from './draft';
import { createHousekeepingRepository, type HousekeepingRepository } from './housekeeping';
import { openLocalDb, type OpenOptions } from './open';
import { createOutboxRepository, type OutboxRepository } from './outbox';
import { createReceiptRepository, type ReceiptRepository } from './receipts';
import { createSettingsRepository, type SettingsRepository } from './settings';
import { createSuggestionRepository, type SuggestionRepository } from './suggestions';

export { StoreError, type StoreErrorKind } from './errors';
export { CURRENT_VERSION } from './migrations';
export { openLocalDb, DEFAULT_DB_NAME, type OpenOptions } from './open';
export type { SuggestionRepository, SuggestionEdit, CountFilter } from './suggestions';
export type { SettingsRepository } from './settings';
export type { DraftRepository } from './draft';
export type { OutboxRepository, SuggestionSelection, SkippedSuggestion, QueueResult, ImportResult, WithdrawResult } from './outbox';
export type { ReceiptRepository } from './receipts';
export type { HousekeepingRepository } from './housekeeping';

export interface LocalStore {
  suggestions: SuggestionRepository;
  settings: SettingsRepository;
  draft: DraftRepository;
  outbox: OutboxRepository;
  receipts: ReceiptRepository;
  housekeeping: HousekeepingRepository;
  close(): void;
}

/** Open the device's store of suggestions, settings, outbox and receipts (IndexedDB), upgrading it when needed. */
export async function openLocalStore(options: OpenOptions = {}): Promise<LocalStore> {
  const db = await openLocalDb(options);
  return {
    suggestions: createSuggestionRepository(db),
    settings: createSettingsRepository(db),
    draft: createDraftRepository(db),
    outbox: createOutboxRepository(db),
    receipts: createReceiptRepository(db),
    housekeeping: createHousekeepingRepository(db),
    close: () => db.close(),
  };
}
