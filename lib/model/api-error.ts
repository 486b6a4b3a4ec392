import { z } from 'zod/mini';

/**
 * What the backlog service answers when it refuses a request. `code` is for programs (clients word the
 * error in the person's language from it); `error` is a German fallback for people reading raw answers.
 */
export const ApiErrorCode = z.enum([
  'invalid-json',
  'unsupported-media-type',
  'schema-violation',
  'idempotency-key-missing',
  'idempotency-key-mismatch',
  'batch-id-reused',
  'batch-in-progress',
  'body-too-large',
  'receipt-unknown',
  'token-missing',
  'token-invalid',
  'role-insufficient',
  'rate-limited',
  'database-unavailable',
  'not-found',
  'method-not-allowed',
  'suggestion-unknown',
  'status-unchanged',
  'status-transition-refused',
  'status-needs-merge',
  'status-stale',
  'merge-into-self',
  'merge-target-merged',
  'merge-source-merged',
  'internal',
]);

/** One problem with a request body, located by a readable path such as `suggestions[2].page.url`. */
export const ApiProblem = z.object({
  path: z.string(),
  /** zod's issue code (`invalid_type`, `too_small`, `invalid_format`, `custom` …). */
  code: z.string(),
  message: z.string(),
});

export const ApiErrorBody = z.object({
  error: z.string(),
  code: ApiErrorCode,
  problems: z.optional(z.array(ApiProblem)),
  /** Values a client may put into its own wording, e.g. `{ from: 'received', to: 'implemented' }`. */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export type ApiErrorCode = z.infer<typeof ApiErrorCode>;
export type ApiProblem = z.infer<typeof ApiProblem>;
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
