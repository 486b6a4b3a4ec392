import type { ApiErrorCode, ApiProblem } from '../lib/model';

/** The service refuses a request for a reason a client can act on. server/http/errors.ts turns it into an answer. */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(
    readonly code: ApiErrorCode,
    readonly details: { problems?: ApiProblem[]; retryAfterSeconds?: number; params?: Record<string, string | number> } = {},
  ) {
    super(code);
  }
}
