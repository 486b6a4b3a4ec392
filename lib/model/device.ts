import { z } from 'zod/mini';
import { StoredSuggestion } from './local';
import { DeliveryError, OutboxEntry } from './outbox';
import { Suggestion } from './suggestion';

/**
 * The shapes the overlay exchanges with the device service (lib/device): in the extension they cross
 * the message channel to the background and are checked on arrival, so they are defined here once.
 */

/**
 * What a person may change on a saved suggestion: what they wrote, never where it points, its status or
 * its batch. `proposal` undefined removes it; `updatedAt` is set by the store.
 */
export const SuggestionEdit = z.pick(Suggestion, { authorRole: true, category: true, problem: true, proposal: true, language: true, redactions: true });

/** The suggestions to send: chosen ids, or every finished one not yet in a batch. */
export const SuggestionSelection = z.union([z.literal('all-unsent'), z.readonly(z.array(z.uuid()))]);

/** A file ready to offer for download (the shell turns it into a Blob and a link). */
export const ExportFile = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() });

/** Where a send stands, for a progress bar on long sends. */
export const SendProgress = z.object({
  batchesDone: z.int(),
  batchesTotal: z.int(),
  suggestionsDone: z.int(),
  suggestionsTotal: z.int(),
});

/** The outcome of importing a batch file; the UI words it from `outcome` and the counts. */
export const ImportReport = z.object({
  outcome: z.enum(['imported', 'already-imported', 'nothing-new']),
  /** The batches now in the outbox: the file's own, or the smaller parts a too-large file was split into. */
  batchIds: z.array(z.uuid()),
  /** Ids of suggestions new to this device, now stored and queued in the imported batch. */
  added: z.array(z.string()),
  /** Ids of suggestions this device already had; they are left as they were. */
  alreadyKnown: z.array(z.string()),
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
  nextRetryAt: z.optional(z.string()),
});

export const SendSummary = z.object({
  /** Suggestions the backlog confirmed in this call. */
  sent: z.int().check(z.nonnegative()),
  /** Suggestions whose batch failed this time; they stay safely on the device. */
  notSent: z.int().check(z.nonnegative()),
  /** What went wrong, once per distinct reason (the UI words each). */
  problems: z.array(DeliveryError),
  nextRetryAt: z.optional(z.string()),
});

/** How many suggestions are kept, wait to be received by the backlog, and have an answer. */
export const Counts = z.object({
  saved: z.int().check(z.nonnegative()),
  unsent: z.int().check(z.nonnegative()),
  answered: z.int().check(z.nonnegative()),
});

/** What the toolbar shows: the counts for the page in the tab (when there is one) and for the whole device. */
export const Tally = z.object({ page: z.optional(Counts), all: Counts });

export type Counts = z.infer<typeof Counts>;
export type Tally = z.infer<typeof Tally>;
export type SuggestionEdit = z.infer<typeof SuggestionEdit>;
export type SuggestionSelection = z.infer<typeof SuggestionSelection>;
export type ExportFile = z.infer<typeof ExportFile>;
export type SendProgress = z.infer<typeof SendProgress>;
export type ImportReport = z.infer<typeof ImportReport>;
export type OutboxOverview = z.infer<typeof OutboxOverview>;
export type SendSummary = z.infer<typeof SendSummary>;
