import { isClaimedElsewhere, type DeliveryError, type OutboxEntry } from '../model';

/**
 * The rules by which a batch moves through the outbox, as pure functions of the stored entry and the time.
 * The repository applies them inside one IndexedDB transaction, so two contexts never both claim a batch.
 */

const at = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

/**
 * When automatic retry next wants to send this batch (ms since epoch): queued ones at once, failed ones at
 * their next attempt, ones being sent when the sender's claim runs out (it may have been closed mid-send).
 * Undefined when it never will: sent, or refused by the server and waiting for the person.
 */
export function dueAt(entry: OutboxEntry): number | undefined {
  switch (entry.state) {
    case 'queued':
      return Number.NEGATIVE_INFINITY;
    case 'sending':
      return at(entry.claimedUntil) ?? Number.NEGATIVE_INFINITY;
    case 'failed':
      return entry.lastError?.retryable === false ? undefined : (at(entry.nextAttemptAt) ?? Number.NEGATIVE_INFINITY);
    case 'sent':
      return undefined;
  }
}

export function isDue(entry: OutboxEntry, now: Date): boolean {
  const due = dueAt(entry);
  return due !== undefined && due <= now.getTime();
}

export interface ClaimOptions {
  now: Date;
  /** How long the claim holds: longer than one request may take. */
  claimMs: number;
  /** The person asked to send it: ignore the retry schedule and a refusal, but never a live claim. */
  asked: boolean;
}

/** Take a batch for sending, or undefined when it is not ours to send now. */
export function claim(entry: OutboxEntry, { now, claimMs, asked }: ClaimOptions): OutboxEntry | undefined {
  if (entry.state === 'sent' || isClaimedElsewhere(entry, now)) return undefined;
  if (!asked && !isDue(entry, now)) return undefined;
  const { nextAttemptAt: _next, ...rest } = entry;
  return {
    ...rest,
    state: 'sending',
    attempts: entry.attempts + 1,
    lastAttemptAt: now.toISOString(),
    claimedUntil: new Date(now.getTime() + claimMs).toISOString(),
  };
}

/** Give up the claim of an attempt known to be dead, so the batch is due at once. */
export function release(entry: OutboxEntry, now: Date): OutboxEntry | undefined {
  return entry.state === 'sending' ? { ...entry, claimedUntil: now.toISOString() } : undefined;
}

/** Record a failed attempt; undefined when the batch meanwhile got its receipt through another context. */
export function fail(entry: OutboxEntry, error: DeliveryError, nextAttemptAt: Date | undefined): OutboxEntry | undefined {
  if (entry.state === 'sent') return undefined;
  const { claimedUntil: _claim, nextAttemptAt: _next, ...rest } = entry;
  return { ...rest, state: 'failed', lastError: error, ...(nextAttemptAt ? { nextAttemptAt: nextAttemptAt.toISOString() } : {}) };
}
