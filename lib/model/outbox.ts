import { z } from 'zod/mini';
import { Batch } from './batch';
import { DeliveryErrorCode, ProblemParams } from './problem';
import { ReceiptCode, ReceiptStatus, SubmissionReceipt } from './receipt';

const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * Where a batch stands on its way to the backlog: queued (built, not yet tried), sending (an attempt is
 * under way), sent (the server's receipt is stored), failed (the last attempt failed; see `lastError`).
 */
export const OutboxState = z.enum(['queued', 'sending', 'sent', 'failed']);

/** Why the last attempt failed: a code, never a sentence (the person may read another language than the one it failed in). */
export const DeliveryError = z.object({
  code: DeliveryErrorCode,
  /** HTTP status, when the server answered at all. */
  status: z.optional(z.int().check(z.gte(100), z.lte(599))),
  /** The backlog's own machine-readable reason (protocol error body `code`), shown to the co-design contact. */
  serverCode: z.optional(z.string().check(z.maxLength(100))),
  params: z.optional(ProblemParams),
  /** False when trying again unchanged cannot help (a 4xx other than 408/429): we stop until the person acts. */
  retryable: z.boolean(),
});

/** One batch in the device's outbox. The batch itself is built once and re-sent unchanged. */
export const OutboxEntry = z.object({
  batch: Batch,
  state: OutboxState,
  /** Built on this device, or read from a batch file someone else exported. */
  origin: z.enum(['created', 'imported']),
  /** Attempts begun, counted when they start, so an attempt cut short by a closed browser still counts. */
  attempts: z.int().check(z.nonnegative()),
  lastAttemptAt: z.optional(IsoDateTime),
  /**
   * While `sending`: until when the sending context holds the batch. Past that time the attempt is taken
   * to be dead (the browser or service worker was closed) and any context may send it again.
   */
  claimedUntil: z.optional(IsoDateTime),
  /** While `failed` with a retryable error: when the next automatic attempt is due. */
  nextAttemptAt: z.optional(IsoDateTime),
  lastError: z.optional(DeliveryError),
  receipt: z.optional(SubmissionReceipt),
});

/** A receipt code this device received, with the administration's answer as last looked up. */
export const StoredReceipt = z.object({
  receiptCode: ReceiptCode,
  suggestionId: z.uuid(),
  batchId: z.uuid(),
  receivedAt: IsoDateTime,
  status: z.optional(ReceiptStatus),
  checkedAt: z.optional(IsoDateTime),
});

export type OutboxState = z.infer<typeof OutboxState>;
export type DeliveryError = z.infer<typeof DeliveryError>;
export type OutboxEntry = z.infer<typeof OutboxEntry>;
export type StoredReceipt = z.infer<typeof StoredReceipt>;
