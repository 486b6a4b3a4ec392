import type { Kysely } from 'kysely';
import type { TokenRole } from '../../lib/model';
import type { RateLimit } from '../access/rate-limit';
import type { Database } from '../database/tables';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';

/** What every route needs, handed in once when the app is built. */
export interface ServiceDeps {
  db: Kysely<Database>;
  logger: Logger;
  metrics: Metrics;
  now: () => Date;
  isReady: () => boolean;
  settings: HttpSettings;
}

export interface HttpSettings {
  /** Page origins (the Jobcenter pages embedding the widget) that may call the protocol endpoints from a browser. */
  allowedOrigins: readonly string[];
  /** Largest request body accepted; the protocol asks for at least 5 MB. */
  maxBodyBytes: number;
  /** Require a token (any role) to submit batches. */
  requireSubmitToken: boolean;
  /** Per client and window; `undefined` switches limiting off (benchmarks, tests of other things). */
  rateLimits?: { submit: RateLimit; lookup: RateLimit };
  /** Behind a reverse proxy: take the client address from the last hop of X-Forwarded-For. */
  trustProxy: boolean;
  /** Where the built triage board is (server/http/board-routes.ts); the build output of this checkout by default. */
  boardDir?: string;
}

export type AppEnv = { Variables: { actor: { name: string; role: TokenRole } } };
