import type { IDBPDatabase } from 'idb';
import { parseWith, Settings, type Settings as SettingsType } from '../model';
import { toStoreError } from './errors';
import type { MitgestaltenDb } from './schema';

/** Preferences remembered on this device (the role a person last chose, their language). */
export interface SettingsRepository {
  read(): Promise<SettingsType>;
  /** Merge `changes` into the stored settings and return the result. */
  write(changes: Partial<SettingsType>): Promise<SettingsType>;
}

export function createSettingsRepository(db: IDBPDatabase<MitgestaltenDb>): SettingsRepository {
  const read = async () => parseWith(Settings, (await db.get('settings', 'settings')) ?? {}, 'settings');
  return {
    read,
    async write(changes) {
      // Read and write in one transaction: two writes at once (language, then launcher) or a read
      // between them must never see or keep the state from before the other write.
      const transaction = db.transaction('settings', 'readwrite');
      try {
        const next = parseWith(Settings, { ...(await transaction.store.get('settings')), ...changes }, 'settings');
        await transaction.store.put(next, 'settings');
        await transaction.done;
        return next;
      } catch (error) {
        // Nothing is put after an error; when the store itself failed, `done` fails the same way.
        transaction.done.catch(() => undefined);
        throw toStoreError(error);
      }
    },
  };
}
