import type { IDBPDatabase } from 'idb';
import {
  LocalStatus,
  parseWith,
  StoredSuggestion,
  type LocalStatus as LocalStatusType,
  type StoredSuggestion as StoredSuggestionType,
  type Suggestion as SuggestionType,
  type SuggestionPatch,
} from '../model';
import { StoreError, toStoreError } from './errors';
import type { MitgestaltenDb } from './schema';

export type { SuggestionPatch };

export interface CountFilter {
  pageUrl?: string;
  status?: LocalStatusType;
}

/** The suggestions kept on this device. Everything read or written is checked against its schema. */
export interface SuggestionRepository {
  add(suggestion: SuggestionType, status?: LocalStatusType): Promise<StoredSuggestionType>;
  update(id: string, patch: SuggestionPatch): Promise<StoredSuggestionType>;
  delete(id: string): Promise<void>;
  get(id: string): Promise<StoredSuggestionType | undefined>;
  /** Oldest first. */
  listByPage(pageUrl: string): Promise<StoredSuggestionType[]>;
  /** Oldest first. */
  listByStatus(status: LocalStatusType): Promise<StoredSuggestionType[]>;
  /** Every suggestion on this device, newest first. */
  listAll(): Promise<StoredSuggestionType[]>;
  count(filter?: CountFilter): Promise<number>;
}

const readRecord = (record: unknown) => parseWith(StoredSuggestion, record, 'Gespeicherter Vorschlag');
const readRecords = (records: unknown[]) => records.map(readRecord);

// IndexedDB orders arrays element by element; '\uffff' sorts after every ISO timestamp.
const allTimesOf = <K extends string>(key: K) => IDBKeyRange.bound([key, ''], [key, '\uffff']);

export function createSuggestionRepository(db: IDBPDatabase<MitgestaltenDb>, now: () => Date = () => new Date()): SuggestionRepository {
  async function write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  const listByPage = async (pageUrl: string) =>
    readRecords(await db.getAllFromIndex('suggestions', 'byPageTime', allTimesOf(pageUrl)));

  return {
    async add(suggestion, status = 'draft') {
      const record = parseWith(StoredSuggestion, { suggestion, status }, 'Vorschlag');
      // `add` (not `put`) so that an id collision fails instead of overwriting another suggestion.
      return await write(async () => {
        await db.add('suggestions', record);
        return record;
      });
    },

    update(id, patch) {
      return write(async () => {
        const transaction = db.transaction('suggestions', 'readwrite');
        const current = await transaction.store.get(id);
        if (!current) throw new StoreError('not-found', id);
        const { suggestion: suggestionPatch, ...localPatch } = patch;
        const next = parseWith(
          StoredSuggestion,
          {
            ...current,
            ...localPatch,
            suggestion: { ...current.suggestion, ...suggestionPatch, updatedAt: now().toISOString() },
          },
          'Geänderter Vorschlag',
        );
        await transaction.store.put(next);
        await transaction.done;
        return next;
      });
    },

    delete(id) {
      return write(() => db.delete('suggestions', id));
    },

    async get(id) {
      const record = await db.get('suggestions', id);
      return record === undefined ? undefined : readRecord(record);
    },

    listByPage,

    async listByStatus(status) {
      parseWith(LocalStatus, status, 'Status');
      return readRecords(await db.getAllFromIndex('suggestions', 'byStatus', allTimesOf(status)));
    },

    async listAll() {
      return readRecords(await db.getAllFromIndex('suggestions', 'byTime')).reverse();
    },

    count(filter = {}) {
      if (filter.pageUrl !== undefined && filter.status !== undefined) {
        return listByPage(filter.pageUrl).then((records) => records.filter((record) => record.status === filter.status).length);
      }
      if (filter.pageUrl !== undefined) return db.countFromIndex('suggestions', 'byPage', filter.pageUrl);
      if (filter.status !== undefined) return db.countFromIndex('suggestions', 'byStatus', allTimesOf(filter.status));
      return db.count('suggestions');
    },
  };
}
