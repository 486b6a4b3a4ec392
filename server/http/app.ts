import { Hono, type MiddlewareHandler } from 'hono';
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

/** What a page's script may read of an answer besides the simple headers: when to try again after 429 or 503. */
const EXPOSED_HEADERS = 'Retry-After';

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
  const anyOrigin = allowed.has('*');
  const allowOrigin = (origin: string) => (anyOrigin ? '*' : allowed.has(origin) ? origin : null);
  const preflight = cors({
    origin: anyOrigin ? '*' : allowOrigin,
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: [EXPOSED_HEADERS],
    maxAge: 86_400,
  });
  // Hono's cors writes its headers into c.res before the route answers, so the route's Response is rebuilt
  // around a stream afterwards, and again for Vary: a sixth of a receipt lookup. An actual request gets the
  // same headers up front instead, as the prepared headers the route's own Response is made with.
  const protocolCors: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = allowOrigin(c.req.header('origin') ?? '');
    if (origin) c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    if (!anyOrigin) c.header('Vary', 'Origin');
    await next();
  };
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
