import { ProblemError, type FieldProblem, type ProblemCode, type ProblemParams } from '../model/problem';

/** Why the outbox could not do what a person asked. Delivery failures are not thrown: they are stored on the batch. */
export type OutboxErrorCode = Extract<ProblemCode, `outbox.${string}` | `file.${string}` | `receipt.${string}`>;

export class OutboxError extends ProblemError {
  override name = 'OutboxError';
  constructor(code: OutboxErrorCode, params?: ProblemParams, fields?: FieldProblem[], options?: { cause?: unknown }) {
    super({ code, ...(params ? { params } : {}), ...(fields?.length ? { fields } : {}) }, options);
  }
}
