import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { isDatabaseUnavailable } from '../database/unavailable';
import { Refusal } from '../refusal';
import type { AppEnv, ServiceDeps } from './context';
import { DATABASE_RETRY_AFTER_SECONDS, errorResponse, refusalResponse } from './errors';
import { protocolRoutes } from './protocol-routes';
import { boardRoutes } from './board-routes';
import { adminRoutes, triageRoutes } from './triage-routes';

/** The backlog service's HTTP API. Serve `app.fetch` with @hono/node-server (or call `app.request` in tests). */
export function createApp(deps: ServiceDeps): Hono<AppEnv> {
  const { metrics, logger } = deps;
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const route = routePath(c) || 'unmatched';
    const seconds = (performance.now() - started) / 1000;
    metrics.latency.observe({ route }, seconds);
    metrics.responses.inc({ status: String(c.res.status) });
    // The route pattern, never the path: a receipt code in the path is the key to an answer.
    logger.debug({ method: c.req.method, route, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));

  // The widget posts from the Jobcenter's pages: only those origins get CORS. No cookies are used.
  const allowed = new Set(deps.settings.allowedOrigins);
  const protocolCors = cors({
    origin: allowed.has('*') ? '*' : (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After'],
    maxAge: 86_400,
  });
  app.use('/api/v1/batches', protocolCors);
  app.use('/api/v1/receipts/*', protocolCors);

  app.get('/healthz', async (c) => {
    if (!deps.isReady()) return errorResponse(c, 'database-unavailable', { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    await sql`select 1`.execute(deps.db);
    return c.json({ status: 'ok' });
  });
  app.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));

  app.use('/api/*', async (c, next) => {
    if (!deps.isReady()) throw new Refusal('database-unavailable', { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    await next();
  });
  app.route('/api/v1', protocolRoutes(deps));
  app.route('/api/v1/triage', triageRoutes(deps));
  app.route('/api/v1/admin', adminRoutes(deps));
  app.route('/board', boardRoutes(deps.settings.boardDir));

  app.notFound((c) => errorResponse(c, 'not-found'));
  app.onError((error, c) => {
    if (error instanceof Refusal) return refusalResponse(c, error);
    if (isDatabaseUnavailable(error)) {
      logger.warn({ route: routePath(c), err: { message: error.message, code: (error as { code?: string }).code } }, 'database unavailable');
      return errorResponse(c, 'database-unavailable', { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    }
    if (error instanceof HTTPException && error.status === 405) return errorResponse(c, 'method-not-allowed');
    // Logged with its message and code only: a stack or a database detail could carry request data.
    logger.error({ route: routePath(c), err: { message: error.message, code: (error as { code?: string }).code } }, 'request failed');
    return errorResponse(c, 'internal');
  });
  return app;
}
