import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/tables';

export interface RateLimit {
  /** Requests allowed per client and window. */
  limit: number;
  windowSeconds: number;
}

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A process's share of one client's window: requests it may let through without asking the database again.
 */
interface Lease {
  windowStart: number;
  left: number;
  /** The database granted nothing more in this window: refuse until it ends, without writing. */
  exhausted: boolean;
  claiming?: Promise<void>;
}

/** How many shares a window's limit is claimed in: fewer writes per client against fairness between processes. */
const SHARES_PER_WINDOW = 20;

/**
 * Counts requests per client and fixed window in the database, so that every process behind a load balancer
 * counts against the same limit, but not with one write per request: a process claims a share of the
 * client's window (a twentieth of the limit) with one write and lets that many requests through from memory.
 * The processes together never let more than the limit through; a client whose requests alternate between
 * processes may be refused up to a share per other process early. A client refused once is refused from
 * memory until its window ends, so a flood of guesses does not become a flood of writes.
 */
export function createRequestCounter(db: Kysely<Database>) {
  const leases = new Map<string, Lease>();
  let sweptWindow = 0;

  async function claim(bucket: string, lease: Lease, rule: RateLimit): Promise<void> {
    const share = Math.max(1, Math.floor(rule.limit / SHARES_PER_WINDOW));
    const { hits } = await db
      .insertInto('rate_limits')
      .values({ bucket, window_start: new Date(lease.windowStart), hits: share })
      .onConflict((conflict) => conflict.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + ${share}` }))
      .returning('hits')
      .executeTakeFirstOrThrow();
    // `hits` counts what all processes claimed, this share included; only what is left of the limit is granted.
    const granted = Math.min(share, rule.limit - (hits - share));
    if (granted > 0) lease.left += granted;
    else lease.exhausted = true;
  }

  return async function countRequest(bucket: string, rule: RateLimit, now: Date): Promise<RateVerdict> {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
    if (windowStart > sweptWindow) {
      for (const [key, lease] of leases) if (lease.windowStart < windowStart) leases.delete(key);
      sweptWindow = windowStart;
    }
    for (;;) {
      let lease = leases.get(bucket);
      if (!lease || lease.windowStart !== windowStart) {
        lease = { windowStart, left: 0, exhausted: false };
        leases.set(bucket, lease);
      }
      if (lease.left > 0) {
        lease.left--;
        return { ok: true };
      }
      if (lease.exhausted) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now.getTime()) / 1000)) };
      // One claim at a time per client: requests arriving meanwhile wait for its share instead of claiming their own.
      const current = lease;
      current.claiming ??= claim(bucket, current, rule).finally(() => (current.claiming = undefined));
      await current.claiming;
    }
  };
}

/** Forget windows that ended; called now and then, never needed for correctness. */
export async function forgetOldWindows(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', new Date(now.getTime() - 3_600_000)).execute();
}
