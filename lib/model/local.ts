import { z } from 'zod/mini';
import { LAUNCHER_CORNERS } from './local-constants';
import { ReceiptCode } from './receipt';
import { AnnotationTarget } from './target';
import { SendingMode } from './policy';
import { Language, AuthorRole, Category, PageInfo, Suggestion } from './suggestion';

/**
 * Where a suggestion stands on this device: a draft is still being written, queued ones wait for the
 * next batch, sent ones have a receipt, answered ones carry the administration's public answer.
 */
export const LocalStatus = z.enum(['draft', 'queued', 'sent', 'answered']);

/** A suggestion as kept in IndexedDB: the shape that will be sent, plus what only this device knows. */
export const StoredSuggestion = z.object({
  suggestion: Suggestion,
  status: LocalStatus,
  batchId: z.optional(z.uuid()),
  receiptCode: z.optional(ReceiptCode),
});

/** Corner of the viewport where the launcher sits; logical, so it mirrors for right-to-left. */
export const LauncherCorner = z.enum(LAUNCHER_CORNERS);

/** Preferences remembered between suggestions. */
export const Settings = z.object({
  role: z.optional(AuthorRole),
  language: z.optional(Language),
  launcher: z.optional(z.object({ corner: LauncherCorner, collapsed: z.boolean() })),
  /** Send on their own every `sendIntervalMinutes` minutes (the default), or only when the person sends. */
  sendingMode: z.optional(SendingMode),
  sendIntervalMinutes: z.optional(z.int().check(z.gte(1), z.lte(1440))),
  /** Delete sent and answered suggestions this many days after the backlog received them; unset keeps them. */
  retentionDays: z.optional(z.int().check(z.gte(1), z.lte(3650))),
});

/**
 * What a person is writing and has not saved yet, kept on the device so that a reload or a closed tab loses
 * nothing. It holds their own words before the privacy filter, so it never leaves the device, is never part
 * of a batch, and is dropped once saved, discarded, or a day old.
 */
export const WritingDraft = z.object({
  page: PageInfo,
  target: AnnotationTarget,
  /** Set when an already saved suggestion is being changed. */
  editingId: z.optional(z.uuid()),
  category: Category,
  problem: z.string().check(z.maxLength(10_000)),
  proposal: z.string().check(z.maxLength(10_000)),
  authorRole: AuthorRole,
  savedAt: z.iso.datetime({ offset: true }),
});

export { DRAFT_MAX_AGE_MS } from './local-constants';

export type LocalStatus = z.infer<typeof LocalStatus>;
export type WritingDraft = z.infer<typeof WritingDraft>;
export type StoredSuggestion = z.infer<typeof StoredSuggestion>;
export type Settings = z.infer<typeof Settings>;
export type LauncherCorner = z.infer<typeof LauncherCorner>;
