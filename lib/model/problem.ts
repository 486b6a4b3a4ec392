import { z } from 'zod/mini';
import { ProblemError } from './problem-error';

export { ProblemError } from './problem-error';

/**
 * What went wrong, as a code with parameters. Codes cross every boundary (IndexedDB, files, messages,
 * HTTP); only the UI turns them into a sentence, in the person's language (lib/i18n `describeProblem`).
 * A sentence stored or sent instead of a code would reach an Arabic or Ukrainian user in German.
 */

/** Why an attempt to deliver a batch failed (stored on the batch, shown in the send panel). */
export const DELIVERY_ERROR_CODES = [
  'delivery.network',
  'delivery.timeout',
  'delivery.busy',
  'delivery.in-progress',
  'delivery.server-error',
  'delivery.unexpected-answer',
  'delivery.rejected',
  'delivery.unauthorized',
  'delivery.not-found',
  'delivery.too-large',
  'delivery.wrong-receipt',
] as const;

export const PROBLEM_CODES = [
  ...DELIVERY_ERROR_CODES,
  // The local store (IndexedDB).
  'store.quota',
  'store.blocked',
  'store.version',
  'store.unavailable',
  'store.not-found',
  'store.invalid',
  // What may happen to a saved suggestion (lib/model/suggestion-rules.ts).
  'suggestion.in-batch',
  'suggestion.already-sent',
  'suggestion.being-sent',
  'suggestion.delivery-uncertain',
  // The outbox.
  'outbox.no-endpoint',
  'outbox.batch-not-found',
  // Batch files.
  'file.too-large',
  'file.is-csv',
  'file.not-json',
  'file.schema-version',
  'file.invalid',
  // Receipt look-ups.
  'receipt.code-invalid',
  'receipt.unknown',
  'receipt.unavailable',
  // A setting IT locked by policy (params: setting).
  'settings.locked',
  // The extension's background could not be reached or failed in a way we did not foresee.
  'device.unreachable',
  'device.unexpected',
  // The background refused an intent to a content script: only the extension's own pages may ask for it.
  'device.refused',
] as const;

export const DeliveryErrorCode = z.enum(DELIVERY_ERROR_CODES);
export const ProblemCode = z.enum(PROBLEM_CODES);

/** Values a sentence may need: a status, a size, a count. Never text a person wrote. */
export const ProblemParams = z.record(z.string(), z.union([z.string().check(z.maxLength(300)), z.number()]));

/** One field that did not match its schema: where (`suggestions[2].page.url`) and what kind of mismatch. */
export const FieldProblem = z.object({
  path: z.string().check(z.maxLength(300)),
  code: z.enum(['missing', 'type', 'too-big', 'too-small', 'format', 'value', 'unknown-key', 'other']),
  /** `rule` names a check of our own (e.g. `unique-id`); the others the expected value or limit. */
  params: z.optional(ProblemParams),
});

export const Problem = z.object({
  code: ProblemCode,
  params: z.optional(ProblemParams),
  /** For files and other data: the first fields that were wrong (bounded; `params.count` says how many in all). */
  fields: z.optional(z.array(FieldProblem).check(z.maxLength(20))),
});

export type ProblemCode = z.infer<typeof ProblemCode>;
export type DeliveryErrorCode = z.infer<typeof DeliveryErrorCode>;
export type ProblemParams = z.infer<typeof ProblemParams>;
export type FieldProblem = z.infer<typeof FieldProblem>;
export type Problem = z.infer<typeof Problem>;

/** How many field problems travel with an error: enough to find them, never a 3-million-character alert. */
export const MAX_FIELD_PROBLEMS = 5;

/** The problem an error carries, or `device.unexpected` for anything we did not foresee. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  const candidate = (error as { problem?: unknown } | null)?.problem;
  const parsed = Problem.safeParse(candidate);
  return parsed.success ? parsed.data : { code: 'device.unexpected' };
}
