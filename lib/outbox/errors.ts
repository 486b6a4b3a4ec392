import type { ValidationProblem } from '../model';

/** Why the outbox could not do what a person asked. Delivery failures are not thrown: they are stored on the batch. */
export type OutboxErrorKind =
  | 'no-endpoint'
  | 'batch-not-found'
  | 'file-too-large'
  | 'file-is-csv'
  | 'file-not-json'
  | 'file-schema-version'
  | 'file-invalid'
  | 'receipt-code-invalid'
  | 'receipt-unknown'
  | 'receipt-unavailable';

export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  constructor(
    readonly kind: OutboxErrorKind,
    /** German, for the person. */
    message: string,
    /** For files: every problem found, each with the path of the bad field. */
    readonly problems: ValidationProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
