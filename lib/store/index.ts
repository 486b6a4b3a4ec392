import { openLocalDb, type OpenOptions } from './open';
import { createSettingsRepository, type SettingsRepository } from './settings';
import { createSuggestionRepository, type SuggestionRepository } from './suggestions';

export { StoreError, type StoreErrorKind } from './errors';
export { CURRENT_VERSION } from './migrations';
export { openLocalDb, DEFAULT_DB_NAME, type OpenOptions } from './open';
export type { SuggestionRepository, SuggestionPatch, CountFilter } from './suggestions';
export type { SettingsRepository } from './settings';

export interface LocalStore {
  suggestions: SuggestionRepository;
  settings: SettingsRepository;
  close(): void;
}

/** Open the device's store of suggestions and settings (IndexedDB), upgrading it when needed. */
export async function openLocalStore(options: OpenOptions = {}): Promise<LocalStore> {
  const db = await openLocalDb(options);
  return {
    suggestions: createSuggestionRepository(db),
    settings: createSettingsRepository(db),
    close: () => db.close(),
  };
}
