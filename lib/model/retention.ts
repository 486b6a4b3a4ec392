import type { LocalStatus } from './local';

/**
 * How long this device keeps what already reached the backlog: the backlog has it, and the person's copy
 * holds their words, so after `retentionDays` days it goes. Nothing unsent is ever deleted by time.
 */

export const DAY_MS = 24 * 60 * 60_000;

/**
 * Whether a suggestion is due for deletion at `now`: sent or answered, and the backlog received it at least
 * `retentionDays` days ago (`receivedAt`, ISO time; a record without one counts from `updatedAt`).
 */
export function isDueForDeletion(record: { status: LocalStatus; receivedAt: string }, now: Date, retentionDays: number): boolean {
  if (record.status !== 'sent' && record.status !== 'answered') return false;
  return now.getTime() - Date.parse(record.receivedAt) >= retentionDays * DAY_MS;
}
