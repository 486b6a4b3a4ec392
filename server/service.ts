import { getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import type { Hono } from 'hono';
import { forgetOldWindows } from './access/rate-limit';
import { migrate, openDatabase, type DatabaseHandle } from './database/connect';
import { keepTryingToOpen, type Readiness } from './database/readiness';
import { createApp } from './http/app';
import type { AppEnv, HttpSettings, ServiceDeps } from './http/context';
import { createLogger, type Logger } from './log';
import { createMetrics } from './metrics';

export interface BacklogOptions {
  databaseUrl?: string;
  /** Embedded database directory; unset keeps it in memory. */
  dataDir?: string;
  /** A PGlite opened by the caller (tests share one per process). */
  pglite?: PGlite;
  settings?: Partial<HttpSettings>;
  logger?: Logger;
  logLevel?: string;
  now?: () => Date;
  /** How often to try again while the database is unreachable. */
  retryMs?: number;
}

export const DEFAULT_SETTINGS: HttpSettings = {
  allowedOrigins: [],
  maxBodyBytes: 5 * 1024 * 1024,
  requireSubmitToken: false,
  rateLimits: { submit: { limit: 120, windowSeconds: 60 }, lookup: { limit: 600, windowSeconds: 60 } },
  trustProxy: false,
};

export interface BacklogService {
  app: Hono<AppEnv>;
  database: DatabaseHandle;
  readiness: Readiness;
  deps: ServiceDeps;
  close(): Promise<void>;
}

/** The service without a listening socket: the app, its database, and the background upkeep. */
export async function createBacklogService(options: BacklogOptions = {}): Promise<BacklogService> {
  const logger = options.logger ?? createLogger(options.logLevel);
  const database = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.pglite ? { pglite: options.pglite } : {}),
    onIdleError: (error) => logger.warn({ err: { message: error.message } }, 'database connection lost'),
  });
  const readiness = keepTryingToOpen(() => migrate(database.db), logger, options.retryMs);
  await readiness.firstAttempt;
  const now = options.now ?? (() => new Date());
  const deps: ServiceDeps = { db: database.db, logger, metrics: createMetrics(), now, isReady: readiness.isReady, settings: { ...DEFAULT_SETTINGS, ...options.settings } };
  const upkeep = setInterval(() => void forgetOldWindows(database.db, now()).catch(() => undefined), 10 * 60_000);
  upkeep.unref();
  return {
    app: createApp(deps),
    database,
    readiness,
    deps,
    async close() {
      clearInterval(upkeep);
      readiness.stop();
      await database.close();
    },
  };
}

export interface RunningBacklog extends BacklogService {
  /** Base address without trailing slash. */
  url: string;
  server: Server;
}

/**
 * Listen on `port` (0: any free one). `close` is graceful: no new connections, requests in flight finish
 * (each batch is one transaction, so nothing is half-written either way), then the database closes.
 */
export async function startBacklog(options: BacklogOptions & { port?: number; host?: string } = {}): Promise<RunningBacklog> {
  const service = await createBacklogService(options);
  const server = createServer(getRequestListener(service.app.fetch));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...service,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running after 10 s are cut: their transaction rolls back, the client retries.
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      await service.close();
    },
  };
}
