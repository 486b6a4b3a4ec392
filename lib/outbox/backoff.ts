/** How long to wait before trying a failed batch again. */
export interface BackoffPolicy {
  /** Wait after the first failure (before jitter). */
  firstDelayMs: number;
  /** Each further failure multiplies the wait by this. */
  factor: number;
  /** The wait never grows beyond this, so a batch is tried at least this often for as long as it is unsent. */
  maxDelayMs: number;
}

/** 5 s, 10 s, 20 s … up to one hour; never giving up, because a suggestion must not be lost. */
export const DEFAULT_BACKOFF: BackoffPolicy = { firstDelayMs: 5_000, factor: 2, maxDelayMs: 60 * 60_000 };

/** A server asking for more than a day is capped: waiting longer only risks forgetting the batch is there. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/**
 * Exponential backoff with "equal jitter": half the wait is fixed, half random, so many devices that failed
 * together (a backlog outage ends) do not all come back in the same second, yet none retries almost at once.
 * `random` returns a number in [0, 1) and is injected so tests are deterministic.
 */
export function backoffDelayMs(failures: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * policy.factor ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The wait a `Retry-After` header asks for (RFC 9110: delay in seconds or an HTTP date), or undefined when
 * there is none or it cannot be read.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
