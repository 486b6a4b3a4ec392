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
  const read = async () => parseWith(Settings, (await db.get('settings', 'settings')) ?? {}, 'Einstellungen');
  return {
    read,
    async write(changes) {
      const next = parseWith(Settings, { ...(await read()), ...changes }, 'Einstellungen');
      try {
        await db.put('settings', next, 'settings');
      } catch (error) {
        throw toStoreError(error);
      }
      return next;
    },
  };
}
