import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { TokenRole } from '../../lib/model';
import { createRequestCounter } from '../access/rate-limit';
import { checkBearer, roleAllows } from '../access/tokens';
import { Refusal } from '../refusal';
import type { AppEnv, ServiceDeps } from './context';

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries are whatever the client claimed.
    const hops = c.req.header('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean);
    if (hops?.length) return hops[hops.length - 1]!;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by node:http (app.request in tests)
  }
}

/** Count the request against the client's limit, kept in the database; 429 with Retry-After above it. */
export function rateLimited(deps: ServiceDeps, kind: 'submit' | 'lookup'): MiddlewareHandler {
  const countRequest = createRequestCounter(deps.db);
  return async (c, next) => {
    const rule = deps.settings.rateLimits?.[kind];
    if (rule) {
      const verdict = await countRequest(`${kind}:${clientAddress(c, deps.settings.trustProxy)}`, rule, deps.now());
      if (!verdict.ok) throw new Refusal('rate-limited', { retryAfterSeconds: verdict.retryAfterSeconds });
    }
    await next();
  };
}

/** A valid, unrevoked token with at least `role`; its name is kept as the actor of status changes. */
export function requireRole(deps: ServiceDeps, role: TokenRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const check = await checkBearer(deps.db, c.req.header('authorization'));
    if (!check.ok) throw new Refusal(check.code);
    if (!roleAllows(check.role, role)) throw new Refusal('role-insufficient');
    c.set('actor', { name: check.name, role: check.role });
    await next();
  };
}
