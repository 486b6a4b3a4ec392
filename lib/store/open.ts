import { openDB, type IDBPDatabase } from 'idb';
import { StoreError, toStoreError } from './errors';
import { CURRENT_VERSION, MIGRATIONS } from './migrations';
import type { MitgestaltenDb } from './schema';

export const DEFAULT_DB_NAME = 'mitgestalten';

export interface OpenOptions {
  name?: string;
  /** Only for tests of migrations: open at an older version. */
  version?: number;
}

/**
 * Open (and if needed upgrade) the local database. An upgrade that another open tab blocks fails with
 * a StoreError('blocked') instead of waiting forever; this connection in turn closes itself when a newer
 * version elsewhere needs it to, so we never block others.
 */
export function openLocalDb(options: OpenOptions = {}): Promise<IDBPDatabase<MitgestaltenDb>> {
  const version = options.version ?? CURRENT_VERSION;
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    const opening = openDB<MitgestaltenDb>(options.name ?? DEFAULT_DB_NAME, version, {
      async upgrade(db, oldVersion, newVersion, transaction) {
        for (let step = oldVersion; step < (newVersion ?? version); step++) {
          await MIGRATIONS[step]!(db, transaction);
        }
      },
      blocked() {
        gaveUp = true;
        reject(new StoreError('blocked'));
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
    opening.then(
      (db) => (gaveUp ? db.close() : resolve(db)),
      (error) => reject(toStoreError(error)),
    );
  });
}
