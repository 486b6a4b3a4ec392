import { z } from 'zod/mini';
import { BatchSource } from './batch';
import { BacklogStatus, ReceiptCode } from './receipt';
import { AuthorRole, Category, SCHEMA_VERSION, Suggestion } from './suggestion';
import { TargetKind } from './target';

/**
 * The shapes of the triage API (`/api/v1/triage/…`): what the triage board reads and sends. A status
 * only moves along the workflow in lib/triage/workflow.ts; the server enforces it.
 */

const IsoDateTime = z.iso.datetime({ offset: true });

/** Who may do what: `submit` sends batches where the backlog requires a token, `triage` reads and answers, `admin` also manages tokens. */
export const TokenRole = z.enum(['submit', 'triage', 'admin']);

/** One status change, kept for good: who (the token's name, never a person's data) and when. */
export const StatusChange = z.object({
  from: BacklogStatus,
  to: BacklogStatus,
  by: z.string(),
  at: IsoDateTime,
});

/** A stored suggestion as the triage board sees it. */
export const TriageSuggestion = z.object({
  suggestion: Suggestion,
  receiptCode: ReceiptCode,
  batchId: z.uuid(),
  receivedAt: IsoDateTime,
  status: BacklogStatus,
  /** What the submitter reads through the receipt code; personal data removed before it was stored. */
  publicAnswer: z.optional(z.string().check(z.maxLength(5000))),
  /** For the administration only; never shown through the receipt. */
  internalNote: z.optional(z.string().check(z.maxLength(5000))),
  /** The suggestion this one was merged into as a duplicate. */
  mergedInto: z.optional(z.uuid()),
  updatedAt: IsoDateTime,
});

export const TriageSuggestionDetail = z.extend(TriageSuggestion, {
  history: z.array(StatusChange),
  /** Suggestions merged into this one. */
  duplicates: z.array(z.uuid()),
});

const listOf = <T extends z.ZodMiniType>(value: T) => {
  const oneOrMany = z.union([value, z.array(value)]);
  return z.pipe(oneOrMany, z.transform((v: z.output<typeof oneOrMany>) => (Array.isArray(v) ? v : [v])));
};

/** Query string of `GET /api/v1/triage/suggestions`. Repeat a filter to allow several values. */
export const TriageQuery = z.object({
  /** Full-text search in problem, proposal and target label, German stemming ("Heizkosten" also finds "heizkosten"); web-search syntax: words, "phrases", -excluded. */
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  status: z.optional(listOf(BacklogStatus)),
  service: z.optional(listOf(z.string().check(z.maxLength(50)))),
  step: z.optional(listOf(z.string().check(z.maxLength(200)))),
  category: z.optional(listOf(Category)),
  authorRole: z.optional(listOf(AuthorRole)),
  targetKind: z.optional(listOf(TargetKind)),
  receivedFrom: z.optional(IsoDateTime),
  receivedBefore: z.optional(IsoDateTime),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(1_000_000)), 0),
});

export const TriageList = z.object({
  /** How many suggestions match, across all pages. */
  total: z.int().check(z.nonnegative()),
  limit: z.int(),
  offset: z.int(),
  /** Newest first. */
  items: z.array(TriageSuggestion),
});

/** `POST …/suggestions/{id}/status`. `expected`, when given, refuses the change if someone else moved the status meanwhile. */
export const StatusCommand = z.object({
  status: BacklogStatus,
  expected: z.optional(BacklogStatus),
});

/** `PUT …/suggestions/{id}/answer`: a field left out stays as it is; `null` removes it. */
export const AnswerCommand = z.object({
  publicAnswer: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(5000)))),
  internalNote: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(5000)))),
});

/** `POST …/suggestions/{id}/merge`: this suggestion is a duplicate of `into`. */
export const MergeCommand = z.object({ into: z.uuid() });

export const GroupCount = z.object({ key: z.nullable(z.string()), count: z.int().check(z.nonnegative()) });

/** `GET /api/v1/triage/stats`: where friction concentrates. Takes the same filters as the list. */
export const TriageStats = z.object({
  total: z.int().check(z.nonnegative()),
  byStatus: z.array(GroupCount),
  byService: z.array(GroupCount),
  byStep: z.array(GroupCount),
  /** By the target's visible label (the field, section or quote), `null` for whole pages. */
  byTarget: z.array(GroupCount),
  byRole: z.array(GroupCount),
  byCategory: z.array(GroupCount),
  /** ISO week of receipt, e.g. "2026-W47". */
  byWeek: z.array(GroupCount),
});

/** Triage state of one suggestion, as carried in an exported batch file. */
export const ExportedTriage = z.object({
  suggestionId: z.uuid(),
  receiptCode: ReceiptCode,
  status: BacklogStatus,
  publicAnswer: z.optional(z.string()),
  internalNote: z.optional(z.string()),
  mergedInto: z.optional(z.uuid()),
  updatedAt: IsoDateTime,
  history: z.array(StatusChange),
});

/**
 * A batch file as exported by the backlog: the batch as received (each suggestion once, in the batch that
 * first brought it) plus its triage state. Readers of plain batches ignore `triage`, so the file can be
 * imported or re-sent like any batch file.
 */
export const ExportedBatch = z.object({
  batchId: z.uuid(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: IsoDateTime,
  source: BatchSource,
  suggestions: z.array(Suggestion),
  receivedAt: IsoDateTime,
  triage: z.array(ExportedTriage),
});

export const TriageExport = z.object({
  exportedAt: IsoDateTime,
  batches: z.array(ExportedBatch),
});

export type TokenRole = z.infer<typeof TokenRole>;
export type StatusChange = z.infer<typeof StatusChange>;
export type TriageSuggestion = z.infer<typeof TriageSuggestion>;
export type TriageSuggestionDetail = z.infer<typeof TriageSuggestionDetail>;
export type TriageQuery = z.infer<typeof TriageQuery>;
export type TriageList = z.infer<typeof TriageList>;
export type StatusCommand = z.infer<typeof StatusCommand>;
export type AnswerCommand = z.infer<typeof AnswerCommand>;
export type MergeCommand = z.infer<typeof MergeCommand>;
export type GroupCount = z.infer<typeof GroupCount>;
export type TriageStats = z.infer<typeof TriageStats>;
export type ExportedTriage = z.infer<typeof ExportedTriage>;
export type ExportedBatch = z.infer<typeof ExportedBatch>;
export type TriageExport = z.infer<typeof TriageExport>;
