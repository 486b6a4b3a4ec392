import { openDB } from 'idb';
import type { LauncherCorner, OutboxEntry, PageInfo, Settings, StoredSuggestion, WritingDraft } from '../model';
import { DRAFT_MAX_AGE_MS, LAUNCHER_CORNERS } from '../model/local-constants';
import { isSamePage, originOf } from '../model/page-identity';
import { allOfSite } from './key-ranges';
import { CURRENT_VERSION } from './migrations';
import { DEFAULT_DB_NAME } from './open';
import type { MitgestaltenDb } from './schema';

/** What a returning visitor's page view needs from the store before anything is clicked. */
export interface BootFacts {
  /** The language the person chose, as stored: the boot checks it against the languages it has. */
  language: string | undefined;
  launcher: { corner: LauncherCorner; collapsed: boolean } | undefined;
  /** Suggestions made on this page (or the same step of it). */
  pageCount: number;
  /** An unsaved draft of this page, not yet too old to offer again. */
  hasDraft: boolean;
  /** A batch is on its way, or will be retried: the outbox must run on this page view to send it. */
  waitingToSend: boolean;
}

function launcherOf(settings: Partial<Settings> | undefined): BootFacts['launcher'] {
  const launcher = settings?.launcher;
  return launcher && (LAUNCHER_CORNERS as readonly string[]).includes(launcher.corner) && typeof launcher.collapsed === 'boolean' ? { corner: launcher.corner, collapsed: launcher.collapsed } : undefined;
}

/**
 * The boot facts of this origin's store, read without the device: without zod, the store's checks and the outbox,
 * which cost a returning visitor's every page view about 25 ms to load. The records are read as they were written
 * by the store, which checked them then; only what decides the boot is looked at, and the rest loads on first use.
 *
 * Undefined when the store is not at exactly this version (the device migrates an older one), or is not there: it
 * is opened without a version, and a store that does not exist is not created, since a later migration would
 * take an empty database of version 1 for a real one.
 */
export async function readBootFacts(page: PageInfo, now: Date, name = DEFAULT_DB_NAME): Promise<BootFacts | undefined> {
  let db;
  try {
    db = await openDB<MitgestaltenDb>(name, undefined, {
      upgrade(_db, _old, _new, transaction) {
        transaction.done.catch(() => undefined); // the abort below is the answer, not an error
        transaction.abort();
      },
      // Another tab upgrades the store: let it, and let the device read it on first use.
      blocking: (_current, _blocked, event) => (event.target as IDBDatabase).close(),
    });
  } catch {
    return undefined;
  }
  try {
    if (db.version !== CURRENT_VERSION) return undefined;
    const transaction = db.transaction(['settings', 'suggestions', 'outbox'], 'readonly');
    const batches = transaction.objectStore('outbox').index('byState');
    const [settings, draft, onSite, queued, sending, failed] = await Promise.all([
      transaction.objectStore('settings').get('settings') as Promise<Partial<Settings> | undefined>,
      transaction.objectStore('settings').get('draft') as Promise<WritingDraft | undefined>,
      transaction.objectStore('suggestions').index('byPageTime').getAll(allOfSite(originOf(page.url))) as Promise<StoredSuggestion[]>,
      batches.count('queued'),
      batches.count('sending'),
      // A batch the backlog refused for good waits for the person, not for the outbox.
      batches.getAll('failed') as Promise<OutboxEntry[]>,
    ]);
    return {
      language: typeof settings?.language === 'string' ? settings.language : undefined,
      launcher: launcherOf(settings),
      pageCount: onSite.filter((record) => isSamePage(record.suggestion.page, page)).length,
      hasDraft: draft !== undefined && isSamePage(draft.page, page) && now.getTime() - Date.parse(draft.savedAt) <= DRAFT_MAX_AGE_MS,
      waitingToSend: queued + sending > 0 || failed.some((entry) => entry.lastError?.retryable === true),
    };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
