import type { DeliveryError } from '../model';
import { parseRetryAfter } from './backoff';
import { deliveryMessages } from './messages';
import type { TransportFailure } from './transport';

export interface FailureVerdict {
  error: DeliveryError;
  /** The server's own `Retry-After`, when it sent one. */
  retryAfterMs?: number;
}

const retryable = (message: string, status?: number): DeliveryError => ({ message, retryable: true, ...(status ? { status } : {}) });
const final = (message: string, status: number): DeliveryError => ({ message, retryable: false, status });

/**
 * Decide what a failed attempt means for the person. Trying again is safe whenever it can help, because the
 * batchId makes every attempt idempotent: network errors, timeouts, 408, 429, 409 (another attempt is still
 * running) and 5xx. Any other 4xx means the server understood the batch and refused it; sending it again
 * unchanged would be refused again, so we stop and tell the person, who keeps the suggestions and can export them.
 */
export function judgeFailure(failure: TransportFailure, endpoint: string, now: Date): FailureVerdict {
  switch (failure.kind) {
    case 'network':
      return { error: retryable(deliveryMessages.network) };
    case 'timeout':
      return { error: retryable(deliveryMessages.timeout) };
    case 'unexpected-answer':
      return { error: retryable(deliveryMessages.unexpectedAnswer, failure.status) };
    case 'http': {
      const { status } = failure;
      const retryAfterMs = parseRetryAfter(failure.retryAfter, now);
      const withWait = (error: DeliveryError): FailureVerdict => (retryAfterMs === undefined ? { error } : { error, retryAfterMs });
      const serverMessage = failure.serverMessage ?? `HTTP ${status}`;
      if (status === 429) return withWait(retryable(deliveryMessages.busy, status));
      if (status === 408) return withWait(retryable(deliveryMessages.timeout, status));
      if (status === 409) return withWait(retryable(deliveryMessages.inProgress, status));
      if (status >= 500) return withWait(retryable(deliveryMessages.serverError(status), status));
      if (status === 401 || status === 403) return { error: final(deliveryMessages.unauthorized(serverMessage), status) };
      if (status === 404) return { error: final(deliveryMessages.notFound(endpoint), status) };
      if (status === 413) return { error: final(deliveryMessages.tooLarge, status) };
      if (status >= 400) return { error: final(deliveryMessages.rejected(serverMessage), status) };
      // 1xx/3xx as a final answer is not our protocol: most likely something in between; try again later.
      return withWait(retryable(deliveryMessages.unexpectedAnswer, status));
    }
  }
}
