import type { DeliveryError, DeliveryErrorCode } from '../model';
import { parseRetryAfter } from './backoff';
import type { TransportFailure } from './transport';

export interface FailureVerdict {
  error: DeliveryError;
  /** The server's own `Retry-After`, when it sent one. */
  retryAfterMs?: number;
}

const retryable = (code: DeliveryErrorCode, status?: number): DeliveryError => ({ code, retryable: true, ...(status ? { status } : {}) });

/**
 * Decide what a failed attempt means for the person. Trying again is safe whenever it can help, because the
 * batchId makes every attempt idempotent: network errors, timeouts, 408, 429, 409 (another attempt is still
 * running) and 5xx. Any other 4xx means the server understood the batch and refused it; sending it again
 * unchanged would be refused again, so we stop and tell the person, who keeps the suggestions and can export them.
 */
export function judgeFailure(failure: TransportFailure, endpoint: string, now: Date): FailureVerdict {
  switch (failure.kind) {
    case 'network':
      return { error: retryable('delivery.network') };
    case 'timeout':
      return { error: retryable('delivery.timeout') };
    case 'unexpected-answer':
      return { error: retryable('delivery.unexpected-answer', failure.status) };
    case 'http': {
      const { status } = failure;
      const retryAfterMs = parseRetryAfter(failure.retryAfter, now);
      const withWait = (error: DeliveryError): FailureVerdict => (retryAfterMs === undefined ? { error } : { error, retryAfterMs });
      const final = (code: DeliveryErrorCode, params?: DeliveryError['params']): FailureVerdict => ({
        error: { code, retryable: false, status, ...(failure.serverCode ? { serverCode: failure.serverCode } : {}), ...(params ? { params } : {}) },
      });
      if (status === 429) return withWait(retryable('delivery.busy', status));
      if (status === 408) return withWait(retryable('delivery.timeout', status));
      if (status === 409) return withWait(retryable('delivery.in-progress', status));
      if (status >= 500) return withWait(retryable('delivery.server-error', status));
      if (status === 401 || status === 403) return final('delivery.unauthorized');
      if (status === 404) return final('delivery.not-found', { endpoint: endpoint.slice(0, 200) });
      if (status === 413) return final('delivery.too-large');
      if (status >= 400) return final('delivery.rejected');
      // 1xx/3xx as a final answer is not our protocol: most likely something in between; try again later.
      return withWait(retryable('delivery.unexpected-answer', status));
    }
  }
}
