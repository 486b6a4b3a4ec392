import { z } from 'zod';
import { ReceiptCode } from './receipt';
import { Language, AuthorRole, Suggestion } from './suggestion';

/**
 * Where a suggestion stands on this device: a draft is still being written, queued ones wait for the
 * next batch, sent ones have a receipt, answered ones carry the administration's public answer.
 */
export const LocalStatus = z.enum(['draft', 'queued', 'sent', 'answered']);

/** A suggestion as kept in IndexedDB: the shape that will be sent, plus what only this device knows. */
export const StoredSuggestion = z.object({
  suggestion: Suggestion,
  status: LocalStatus,
  batchId: z.uuid().optional(),
  receiptCode: ReceiptCode.optional(),
});

/** Corner of the viewport where the launcher sits; logical, so it mirrors for right-to-left. */
export const LauncherCorner = z.enum(['bottom-end', 'bottom-start', 'top-end', 'top-start']);

/** Preferences remembered between suggestions. */
export const Settings = z.object({
  role: AuthorRole.optional(),
  language: Language.optional(),
  launcher: z.object({ corner: LauncherCorner, collapsed: z.boolean() }).optional(),
});

export type LocalStatus = z.infer<typeof LocalStatus>;
export type StoredSuggestion = z.infer<typeof StoredSuggestion>;
export type Settings = z.infer<typeof Settings>;
export type LauncherCorner = z.infer<typeof LauncherCorner>;
