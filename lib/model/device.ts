import { z } from 'zod';
import { LocalStatus, StoredSuggestion } from './local';
import { OutboxEntry } from './outbox';
import { ReceiptCode } from './receipt';
import { Suggestion } from './suggestion';

/**
 * The shapes the overlay exchanges with the device service (lib/device): in the extension they cross
 * the message channel to the background and are checked on arrival, so they are defined here once.
 */

/** What may change on a stored suggestion; `updatedAt` is set by the store. */
export const SuggestionPatch = z.object({
  status: LocalStatus.optional(),
  batchId: z.uuid().optional(),
  receiptCode: ReceiptCode.optional(),
  suggestion: Suggestion.pick({ authorRole: true, target: true, category: true, problem: true, proposal: true, language: true, redactions: true })
    .partial()
    .optional(),
});

/** The suggestions to send: chosen ids, or every finished one not yet in a batch. */
export const SuggestionSelection = z.union([z.literal('all-unsent'), z.array(z.uuid()).readonly()]);

/** A file ready to offer for download (the shell turns it into a Blob and a link). */
export const ExportFile = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() });

/** Where a send stands, for a progress bar on long sends. */
export const SendProgress = z.object({
  batchesDone: z.number().int(),
  batchesTotal: z.number().int(),
  suggestionsDone: z.number().int(),
  suggestionsTotal: z.number().int(),
});

/** The outcome of importing a batch file, with a German summary for the person. */
export const ImportReport = z.object({
  outcome: z.enum(['imported', 'already-imported', 'nothing-new']),
  batchId: z.uuid(),
  /** Ids of suggestions new to this device, now stored and queued in the imported batch. */
  added: z.array(z.string()),
  /** Ids of suggestions this device already had; they are left as they were. */
  alreadyKnown: z.array(z.string()),
  message: z.string(),
});

/** What the send panel shows: what waits, every batch with its state, and whether sending is possible. */
export const OutboxOverview = z.object({
  /** Saved suggestions not yet received by the backlog (in no batch yet, or in a batch still on its way). */
  waiting: z.array(StoredSuggestion),
  /** Every batch on this device, newest first. */
  batches: z.array(OutboxEntry),
  /** False when no backlog address is configured: suggestions can then only travel as files. */
  canSend: z.boolean(),
  /** ISO time of the next automatic attempt, when one is planned. */
  nextRetryAt: z.string().optional(),
});

export const SendSummary = z.object({
  /** Suggestions the backlog confirmed in this call. */
  sent: z.number().int().nonnegative(),
  /** Suggestions whose batch failed this time; they stay safely on the device. */
  notSent: z.number().int().nonnegative(),
  /** What went wrong, in German, once per distinct reason. */
  problems: z.array(z.string()),
  nextRetryAt: z.string().optional(),
});

export type SuggestionPatch = z.infer<typeof SuggestionPatch>;
export type SuggestionSelection = z.infer<typeof SuggestionSelection>;
export type ExportFile = z.infer<typeof ExportFile>;
export type SendProgress = z.infer<typeof SendProgress>;
export type ImportReport = z.infer<typeof ImportReport>;
export type OutboxOverview = z.infer<typeof OutboxOverview>;
export type SendSummary = z.infer<typeof SendSummary>;
