import type { StoredSuggestion } from './local';
import type { OutboxEntry } from './outbox';
import type { DeliveryErrorCode } from './problem';
import type { Suggestion } from './suggestion';

/**
 * What may happen to a suggestion saved on this device, as pure functions. The store applies them inside
 * the transaction that writes, so no caller (a panel, a message from a page, a test) can get around them;
 * the UI asks the same functions only to decide which buttons to offer.
 */

/** Why a change is refused; the UI words it (`problem.suggestion.*`). */
export type ChangeRefusal = 'suggestion.already-sent' | 'suggestion.in-batch' | 'suggestion.being-sent' | 'suggestion.delivery-uncertain';

/**
 * Failures after which the backlog may have stored the batch all the same: no answer (the connection
 * dropped after the request went out, a timeout), an answer that was not ours, a gateway's 5xx in front of a
 * backlog that did commit, or another attempt still running there. Only the next attempt tells: a backlog
 * that has the batch answers every repeat with its receipt.
 */
const OUTCOME_UNKNOWN: ReadonlySet<DeliveryErrorCode> = new Set([
  'delivery.network',
  'delivery.timeout',
  'delivery.unexpected-answer',
  'delivery.wrong-receipt',
  'delivery.server-error',
  'delivery.in-progress',
]);

/** The backlog may have this batch: its last attempt ended without a definite "not stored". */
export function mayHaveArrived(entry: OutboxEntry): boolean {
  if (entry.state === 'sent') return true;
  if (entry.state === 'sending') return true; // an attempt that died mid-request (its claim ran out)
  return entry.state === 'failed' && entry.lastError !== undefined && OUTCOME_UNKNOWN.has(entry.lastError.code);
}

const at = (iso: string | undefined) => (iso === undefined ? 0 : Date.parse(iso));

/** Another context (tab, service worker) is sending this batch right now and is still within its claim. */
export function isClaimedElsewhere(entry: OutboxEntry, now: Date): boolean {
  return entry.state === 'sending' && at(entry.claimedUntil) > now.getTime();
}

/** Its texts may change until it is put into a batch: a batch is sent exactly as it was built. */
export function editRefusal(stored: StoredSuggestion): ChangeRefusal | undefined {
  if (stored.status === 'sent' || stored.status === 'answered') return 'suggestion.already-sent';
  if (stored.batchId) return 'suggestion.in-batch';
  return undefined;
}

export const isEditable = (stored: StoredSuggestion): boolean => editRefusal(stored) === undefined;

/**
 * How a withdrawal is carried out. A suggestion in no batch is deleted. One in a batch that certainly has not
 * reached the backlog is deleted and its batch replaced by one without it (a new batchId: a batch is never
 * changed under its id). One that the backlog received, may have received, or whose batch is being sent this
 * moment, stays: a withdrawn suggestion must never arrive, so the person is told why instead.
 */
export type WithdrawalPlan =
  | { action: 'delete' }
  | { action: 'rebuild-batch'; remaining: Suggestion[] }
  | { action: 'refuse'; reason: ChangeRefusal };

export function planWithdrawal(stored: StoredSuggestion, batch: OutboxEntry | undefined, now: Date): WithdrawalPlan {
  if (stored.status === 'sent' || stored.status === 'answered' || batch?.state === 'sent') return { action: 'refuse', reason: 'suggestion.already-sent' };
  if (!stored.batchId || !batch) return { action: 'delete' };
  if (isClaimedElsewhere(batch, now)) return { action: 'refuse', reason: 'suggestion.being-sent' };
  if (mayHaveArrived(batch)) return { action: 'refuse', reason: 'suggestion.delivery-uncertain' };
  return { action: 'rebuild-batch', remaining: batch.batch.suggestions.filter((suggestion) => suggestion.id !== stored.suggestion.id) };
}
