import type { IDBPDatabase } from 'idb';
import { DRAFT_MAX_AGE_MS, parseWith, WritingDraft, type WritingDraft as WritingDraftType } from '../model';
import { toStoreError } from './errors';
import type { MitgestaltenDb } from './schema';

/** The one unsaved draft of this device (one panel at a time means one draft at a time). */
export interface DraftRepository {
  /** The draft, unless there is none, it is damaged, or it is older than a day (then it is dropped). */
  read(now?: Date): Promise<WritingDraftType | undefined>;
  /** Keep `draft`, or drop the one kept when `undefined`. */
  keep(draft: WritingDraftType | undefined): Promise<void>;
}

export function createDraftRepository(db: IDBPDatabase<MitgestaltenDb>): DraftRepository {
  const drop = () => db.delete('settings', 'draft');
  return {
    async read(now = new Date()) {
      const parsed = WritingDraft.safeParse(await db.get('settings', 'draft'));
      if (parsed.success && now.getTime() - Date.parse(parsed.data.savedAt) <= DRAFT_MAX_AGE_MS) return parsed.data;
      // A stale or damaged draft is of no use to anyone; someone's unsent words should not linger.
      if (parsed.success || (await db.get('settings', 'draft')) !== undefined) await drop();
      return undefined;
    },
    async keep(draft) {
      try {
        if (draft) await db.put('settings', parseWith(WritingDraft, draft, 'draft'), 'draft');
        else await drop();
      } catch (error) {
        throw toStoreError(error);
      }
    },
  };
}
