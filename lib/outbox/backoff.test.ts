import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_BACKOFF, MAX_RETRY_AFTER_MS, parseRetryAfter } from './backoff';

const now = new Date('2026-11-21T09:00:00.000Z');

describe('retry waits', () => {
  it('double with every failure, between half and the whole of the step', () => {
    const low = [1, 2, 3, 4].map((failures) => backoffDelayMs(failures, () => 0));
    const high = [1, 2, 3, 4].map((failures) => backoffDelayMs(failures, () => 0.999_999));
    expect(low).toEqual([2_500, 5_000, 10_000, 20_000]);
    expect(high.map((ms) => Math.round(ms / 1000))).toEqual([5, 10, 20, 40]);
  });

  it('never grow beyond an hour, so an unsent batch is tried at least hourly for ever', () => {
    expect(backoffDelayMs(50, () => 0.999_999)).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxDelayMs);
    expect(backoffDelayMs(50, () => 0)).toBe(DEFAULT_BACKOFF.maxDelayMs / 2);
  });

  it('spread devices that failed together over the step (jitter)', () => {
    const waits = new Set([0.1, 0.4, 0.7, 0.9].map((r) => backoffDelayMs(3, () => r)));
    expect(waits.size).toBe(4);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:02:00 GMT', now)).toBe(120_000);
  });

  it('ignores what it cannot read and treats a past date as "now"', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('bald', now)).toBeUndefined();
    expect(parseRetryAfter('Sat, 21 Nov 2026 08:00:00 GMT', now)).toBe(0);
  });

  it('caps absurd waits at a day', () => {
    expect(parseRetryAfter(String(365 * 24 * 3600), now)).toBe(MAX_RETRY_AFTER_MS);
  });
});
