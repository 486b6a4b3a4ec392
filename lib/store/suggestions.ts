import type { IDBPDatabase } from 'idb';
import {
  LocalStatus,
  parseWith,
  StoredSuggestion,
  type LocalStatus as LocalStatusType,
  type StoredSuggestion as StoredSuggestionType,
  type Suggestion as SuggestionType,
  type SuggestionEdit,
  editRefusal,
  ProblemError,
} from '../model';
import { atomically, StoreError, toStoreError } from './errors';
import { allOfSite, allTimesOf } from './key-ranges';
import type { MitgestaltenDb } from './schema';

export type { SuggestionEdit };

export interface CountFilter {
  pageUrl?: string;
  status?: LocalStatusType;
}

/** The suggestions kept on this device. Everything read or written is checked against its schema. */
export interface SuggestionRepository {
  add(suggestion: SuggestionType, status?: LocalStatusType): Promise<StoredSuggestionType>;
  /**
   * Change what the person wrote, in one transaction with the check whether it may still change
   * (`editRefusal`): refused with a ProblemError once the suggestion is in a batch. Withdrawing is the
   * outbox repository's `withdraw`, since it may have to rebuild a batch.
   */
  editTexts(id: string, edit: SuggestionEdit): Promise<StoredSuggestionType>;
  get(id: string): Promise<StoredSuggestionType | undefined>;
  /** Oldest first. */
  listByPage(pageUrl: string): Promise<StoredSuggestionType[]>;
  /** Every suggestion made on pages of this origin (`https://host:port`), oldest first. */
  listBySite(origin: string): Promise<StoredSuggestionType[]>;
  /** Oldest first. */
  listByStatus(status: LocalStatusType): Promise<StoredSuggestionType[]>;
  /** Every suggestion on this device, newest first. */
  listAll(): Promise<StoredSuggestionType[]>;
  count(filter?: CountFilter): Promise<number>;
}

const readRecord = (record: unknown) => parseWith(StoredSuggestion, record, 'stored suggestion');
const readRecords = (records: unknown[]) => records.map(readRecord);

// IndexedDB orders arrays element by element; '\uffff' sorts after every ISO timestamp.

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
      const record = parseWith(StoredSuggestion, { suggestion, status }, 'suggestion');
      // `add` (not `put`) so that an id collision fails instead of overwriting another suggestion.
      return await write(async () => {
        await db.add('suggestions', record);
        return record;
      });
    },

    editTexts(id, edit) {
      return atomically(() => db.transaction('suggestions', 'readwrite'), async (transaction) => {
        const record = await transaction.store.get(id);
        if (!record) throw new StoreError('not-found', id);
        const current = readRecord(record);
        const refusal = editRefusal(current);
        if (refusal) throw new ProblemError({ code: refusal });
        const { proposal, ...rest } = edit;
        const { proposal: _previous, ...unchanged } = current.suggestion;
        const next = parseWith(
          StoredSuggestion,
          // An emptied proposal is removed, not kept as an empty string.
          { ...current, suggestion: { ...unchanged, ...rest, ...(proposal ? { proposal } : {}), updatedAt: now().toISOString() } },
          'edited suggestion',
        );
        await transaction.store.put(next);
        return next;
      });
    },

    async get(id) {
      const record = await db.get('suggestions', id);
      return record === undefined ? undefined : readRecord(record);
    },

    listByPage,

    async listBySite(origin) {
      const records = readRecords(await db.getAllFromIndex('suggestions', 'byPageTime', allOfSite(origin)));
      return records.sort((a, b) => a.suggestion.createdAt.localeCompare(b.suggestion.createdAt));
    },

    async listByStatus(status) {
      parseWith(LocalStatus, status, 'status');
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
