import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/tables';

export interface RateLimit {
  /** Requests allowed per client and window. */
  limit: number;
  windowSeconds: number;
}

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Count one request of `client` in the current fixed window, in the database, so that every process behind
 * a load balancer counts against the same limit.
 */
export async function countRequest(db: Kysely<Database>, bucket: string, rule: RateLimit, now: Date): Promise<RateVerdict> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const { hits } = await db
    .insertInto('rate_limits')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((conflict) => conflict.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  if (hits <= rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) };
}

/** Forget windows that ended; called now and then, never needed for correctness. */
export async function forgetOldWindows(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', new Date(now.getTime() - 3_600_000)).execute();
}
