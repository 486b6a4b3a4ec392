import type { BacklogStatus, Language } from '../model';
import { redact } from '../privacy';
import type { TriageRecord } from './record';
import { checkMerge, checkStatusChange, STATUS_TRANSITIONS, type TransitionVerdict } from './workflow';

/**
 * Decisions on a whole cluster, as pure functions: the file-based board applies them to its records in
 * one write; the backlog applies the same rules per suggestion inside its transactions.
 */

export interface StatusOffer {
  status: BacklogStatus;
  /** How many of the suggestions may move there; the others stay as they are. */
  applies: number;
}

/**
 * The statuses a decision on these suggestions may set, each with how many of them it applies to: only
 * moves the workflow allows for at least one of them are offered. `merged` is not among them: marking
 * a duplicate names its survivor (`decide` with `into`).
 */
export function offeredStatuses(statuses: Iterable<BacklogStatus>): StatusOffer[] {
  const counts = new Map<BacklogStatus, number>();
  for (const from of statuses) {
    for (const to of STATUS_TRANSITIONS[from]) if (to !== 'merged') counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  const order = Object.keys(STATUS_TRANSITIONS) as BacklogStatus[];
  return order.filter((status) => counts.has(status)).map((status) => ({ status, applies: counts.get(status)! }));
}

export interface PublicAnswerCheck {
  /** The answer as it will be stored and shown through the receipt: personal data replaced by placeholders. */
  text: string;
  /** How many pieces of personal data were removed; the board asks the person to read the result again. */
  redactions: number;
}

/**
 * Anyone holding a receipt code reads the public answer, so it passes the same privacy filter as the
 * suggestions before it is saved: on the board (to show what will be stored) and again on the server.
 */
export function checkPublicAnswer(text: string, language: Language = 'de'): PublicAnswerCheck {
  const trimmed = text.trim();
  if (!trimmed) return { text: '', redactions: 0 };
  const result = redact(trimmed, { language });
  return { text: result.text, redactions: result.findings.length };
}

export type Decision =
  | { status: Exclude<BacklogStatus, 'merged'>; publicAnswer?: string; internalNote?: string }
  /** Mark the suggestions as duplicates of `into`, which keeps its own status. */
  | { status: 'merged'; into: string; publicAnswer?: string; internalNote?: string };

export interface Refused {
  index: number;
  code: Exclude<TransitionVerdict, { ok: true }>['code'] | 'merge-into-self' | 'merge-target-merged' | 'merge-source-merged';
}

export interface DecisionOutcome {
  /** New records for the indexes that changed (status, answer or note), by index. */
  changed: Map<number, TriageRecord>;
  refused: Refused[];
}

/**
 * Apply one decision to the records at `indexes` (a cluster): the status moves where the workflow lets
 * it, the answer and note are set on every suggestion the decision applies to. The public answer must
 * already have passed `checkPublicAnswer`.
 */
export function decide(records: readonly TriageRecord[], indexes: readonly number[], decision: Decision, by: string, at: string): DecisionOutcome {
  const changed = new Map<number, TriageRecord>();
  const refused: Refused[] = [];
  const survivor = decision.status === 'merged' ? records.find((r) => r.suggestion.id === decision.into) : undefined;
  for (const index of indexes) {
    const record = records[index]!;
    let verdict: { ok: true } | { ok: false; code: Refused['code'] };
    if (decision.status === 'merged') {
      verdict = survivor ? checkMerge({ id: record.suggestion.id, status: record.status }, { id: survivor.suggestion.id, status: survivor.status }) : { ok: false, code: 'merge-target-merged' };
      // The survivor itself stays; it is not refused, it is where the others go.
      if (!verdict.ok && verdict.code === 'merge-into-self') verdict = { ok: true };
    } else {
      verdict = record.status === decision.status ? { ok: true } : checkStatusChange(record.status, decision.status);
    }
    if (!verdict.ok) {
      refused.push({ index, code: verdict.code });
      continue;
    }
    const isSurvivor = decision.status === 'merged' && record.suggestion.id === decision.into;
    const to = isSurvivor ? record.status : decision.status;
    const next: TriageRecord = {
      ...record,
      status: to,
      ...(decision.status === 'merged' && !isSurvivor ? { mergedInto: decision.into } : {}),
      ...(decision.publicAnswer !== undefined ? { publicAnswer: decision.publicAnswer || undefined } : {}),
      ...(decision.internalNote !== undefined ? { internalNote: decision.internalNote || undefined } : {}),
      history: to === record.status ? record.history : [...record.history, { from: record.status, to, by, at }],
    };
    changed.set(index, next);
  }
  return { changed, refused };
}
