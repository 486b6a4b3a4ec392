import type { Batch, OutboxEntry, SubmissionReceipt } from '../model';
import type { OutboxRepository } from '../store';
import { backoffDelayMs, type BackoffPolicy } from './backoff';
import { claim, fail } from './batch-state';
import { OutboxError } from './errors';
import { judgeFailure, type FailureVerdict } from './judge-failure';
import type { BacklogTransport } from './transport';

/** A claim outlasts the request's own timeout by this much, so a slow but live attempt is never doubled. */
const CLAIM_MARGIN_MS = 15_000;

export interface DeliveryContext {
  outbox: OutboxRepository;
  transport: BacklogTransport;
  now: () => Date;
  random: () => number;
  backoff: BackoffPolicy;
  /** Told about every change of a batch's state. */
  notify: () => void;
}

/** The receipt must be for this batch and acknowledge each of its suggestions, no more and no fewer. */
function receiptFits(batch: Batch, receipt: SubmissionReceipt): boolean {
  const sent = new Set(batch.suggestions.map((suggestion) => suggestion.id));
  const acknowledged = new Set(receipt.receipts.map((entry) => entry.suggestionId));
  return receipt.batchId === batch.batchId && acknowledged.size === sent.size && [...sent].every((id) => acknowledged.has(id));
}

/**
 * Send one batch once: claim it (unless another context holds it), submit it unchanged with its batchId as
 * idempotency key, then store the receipt or the failure with the time of the next attempt.
 * `asked`: the person pressed "send", so the retry schedule and an earlier refusal do not hold it back.
 * Returns the batch as it stands afterwards; it may be untouched when it was not ours to send.
 */
export async function deliverBatch(batchId: string, asked: boolean, context: DeliveryContext): Promise<OutboxEntry> {
  const { outbox, transport, now, notify } = context;
  const claimed = await outbox.update(batchId, (entry) => claim(entry, { now: now(), claimMs: transport.timeoutMs + CLAIM_MARGIN_MS, asked }));
  if (!claimed) throw new OutboxError('outbox.batch-not-found');
  if (!claimed.changed) return claimed.entry;
  notify();

  const { batch } = claimed.entry;
  const answer = await transport.submitBatch(batch);
  let verdict: FailureVerdict;
  if (answer.ok && receiptFits(batch, answer.value)) {
    const sent = await outbox.recordReceipt(batchId, answer.value);
    notify();
    return sent;
  } else if (answer.ok) {
    verdict = { error: { code: 'delivery.wrong-receipt', retryable: true } };
  } else {
    verdict = judgeFailure(answer.failure, transport.endpoint, now());
  }

  const failedAt = now();
  // `attempts` counts this attempt too, so it is the number of failures in a row so far.
  const waitMs = Math.max(verdict.retryAfterMs ?? 0, backoffDelayMs(claimed.entry.attempts, context.random, context.backoff));
  const nextAttemptAt = verdict.error.retryable ? new Date(failedAt.getTime() + waitMs) : undefined;
  const failed = await outbox.update(batchId, (entry) => fail(entry, verdict.error, nextAttemptAt));
  if (!failed) throw new OutboxError('outbox.batch-not-found');
  if (failed.changed) notify();
  return failed.entry;
}
