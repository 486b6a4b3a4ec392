import { z } from 'zod/mini';
import { BacklogStatus, ReceiptCode } from './receipt';
import { Suggestion } from './suggestion';
import { AnnotationTarget } from './target';
import { StatusChange } from './triage';

/**
 * What the triage board keeps besides the suggestions themselves: the hand edits of its clusters and,
 * on the file-based board, the decisions it exports as an answer file for the backlog or a later import.
 */

const IsoDateTime = z.iso.datetime({ offset: true });
const MAX_IDS = 100_000;

/**
 * A hand edit of the clusters, by suggestion ids (stable across imports): `merge` joins the clusters
 * holding these suggestions; `split` takes these suggestions out into a cluster of their own.
 */
export const ClusterEdit = z.object({
  kind: z.enum(['merge', 'split']),
  ids: z.array(z.uuid()).check(z.minLength(1), z.maxLength(MAX_IDS)),
});

/** The triage state of one suggestion as a decision: status, answers, and where a duplicate went. */
export const TriageDecision = z.object({
  suggestionId: z.uuid(),
  /** Known once the backlog gave one; a file-based board may decide on suggestions that never reached it. */
  receiptCode: z.optional(ReceiptCode),
  status: BacklogStatus,
  /** What the submitter reads through the receipt code; personal data removed before it was stored. */
  publicAnswer: z.optional(z.string().check(z.maxLength(5000))),
  /** For the administration only. */
  internalNote: z.optional(z.string().check(z.maxLength(5000))),
  /** The surviving suggestion, when this one was marked as its duplicate (status `merged`). */
  mergedInto: z.optional(z.uuid()),
  decidedAt: IsoDateTime,
  /** Who decided: the name the board was opened with (a team or role such as "sachgebiet-wba"), never a person's data. */
  by: z.string().check(z.minLength(1), z.maxLength(100)),
}).check(
  z.refine((d) => (d.status === 'merged') === (d.mergedInto !== undefined), {
    message: 'a duplicate names its survivor, and only a duplicate does',
    params: { rule: 'merged-needs-survivor' },
    path: ['mergedInto'],
  }),
);

export const ANSWER_FILE_KIND = 'mitgestalten-triage-answers';

/**
 * The answer file the file-based triage board exports: every decision taken, and the cluster edits that
 * led to them. A later import on another board replays both; the backlog applies the decisions through
 * the workflow's own rules, so a file cannot move a status where the workflow would not.
 */
export const TriageAnswerFile = z.object({
  kind: z.literal(ANSWER_FILE_KIND),
  schemaVersion: z.literal(1),
  exportedAt: IsoDateTime,
  decisions: z.array(TriageDecision).check(z.maxLength(MAX_IDS)),
  clusterEdits: z._default(z.array(ClusterEdit).check(z.maxLength(10_000)), []),
});

/**
 * A suggestion on the file-based board, as kept in the extension's IndexedDB: the suggestion as imported,
 * its triage state (from the file, or decided here), the batch that brought it, and whether a decision
 * was taken on this board (those go into the answer file).
 */
export const BoardRecord = z.object({
  suggestion: Suggestion,
  batchId: z.uuid(),
  status: BacklogStatus,
  receiptCode: z.optional(ReceiptCode),
  receivedAt: z.optional(IsoDateTime),
  publicAnswer: z.optional(z.string().check(z.maxLength(5000))),
  internalNote: z.optional(z.string().check(z.maxLength(5000))),
  mergedInto: z.optional(z.uuid()),
  history: z.array(StatusChange),
  decidedHere: z.boolean(),
});

/**
 * One marker of the friction map: a place on a page where people struggle, handed from the board to the
 * script that draws the markers on that page (and parsed there). `label` is already in the person's
 * language: the page has no catalogue.
 */
export const FrictionPoint = z.object({
  clusterId: z.uuid(),
  target: AnnotationTarget,
  count: z.int().check(z.positive()),
  claimants: z.int().check(z.nonnegative()),
  caseworkers: z.int().check(z.nonnegative()),
  label: z.string().check(z.maxLength(500)),
});

/** Where the injected friction map script leaves its draw function for the triage page's next call. */
export const FRICTION_GLOBAL = '__mitgestaltenFrictionMap';

/** The message a marker sends when clicked: open this cluster on the board. */
export const OpenClusterMessage = z.object({ kind: z.literal('mitgestalten.triage.open-cluster'), clusterId: z.uuid() });

export type ClusterEdit = z.infer<typeof ClusterEdit>;
export type FrictionPoint = z.infer<typeof FrictionPoint>;
export type OpenClusterMessage = z.infer<typeof OpenClusterMessage>;
export type BoardRecord = z.infer<typeof BoardRecord>;
export type TriageDecision = z.infer<typeof TriageDecision>;
export type TriageAnswerFile = z.infer<typeof TriageAnswerFile>;
