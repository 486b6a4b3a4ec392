import type { BacklogStatus } from '../model';

/**
 * The triage workflow as pure rules, enforced by the server where the status is written:
 * received → in-review → planned → implemented, with declined and merged (a duplicate) as other ends.
 * A clear case may skip the review; a declined one may be looked at again. `merged` is reached only by
 * merging into another suggestion, because it needs to name the survivor.
 */
export const STATUS_TRANSITIONS: Readonly<Record<BacklogStatus, readonly BacklogStatus[]>> = {
  received: ['in-review', 'planned', 'declined', 'merged'],
  'in-review': ['planned', 'declined', 'merged'],
  planned: ['in-review', 'implemented', 'declined'],
  implemented: [],
  declined: ['in-review'],
  merged: [],
};

export type TransitionVerdict =
  | { ok: true }
  | { ok: false; code: 'status-unchanged' | 'status-transition-refused' | 'status-needs-merge'; from: BacklogStatus; to: BacklogStatus; allowed: readonly BacklogStatus[] };

/** May a status be set directly from `from` to `to`? */
export function checkStatusChange(from: BacklogStatus, to: BacklogStatus): TransitionVerdict {
  const allowed = STATUS_TRANSITIONS[from].filter((next) => next !== 'merged');
  if (from === to) return { ok: false, code: 'status-unchanged', from, to, allowed };
  if (to === 'merged') return { ok: false, code: 'status-needs-merge', from, to, allowed };
  if (!allowed.includes(to)) return { ok: false, code: 'status-transition-refused', from, to, allowed };
  return { ok: true };
}

export type MergeVerdict = { ok: true } | { ok: false; code: 'merge-into-self' | 'merge-target-merged' | 'merge-source-merged' | 'status-transition-refused' };

/** May `source` be merged into `target` as its duplicate? */
export function checkMerge(source: { id: string; status: BacklogStatus }, target: { id: string; status: BacklogStatus }): MergeVerdict {
  if (source.id === target.id) return { ok: false, code: 'merge-into-self' };
  if (source.status === 'merged') return { ok: false, code: 'merge-source-merged' };
  if (target.status === 'merged') return { ok: false, code: 'merge-target-merged' };
  if (!STATUS_TRANSITIONS[source.status].includes('merged')) return { ok: false, code: 'status-transition-refused' };
  return { ok: true };
}
