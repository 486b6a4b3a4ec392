import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { migrationProvider } from './migrations';
import { namingPreparedStatements } from './prepared-statements';
import type { Database } from './tables';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** Which engine answers: the embedded PGlite or a PostgreSQL server. */
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`: use this PostgreSQL server. */
  databaseUrl?: string;
  /** Directory of the embedded PGlite database; `undefined` keeps it in memory (tests). */
  dataDir?: string;
  /** An already open PGlite to use (tests share one per process); closed with the handle only if `ownPglite`. */
  pglite?: PGlite;
  poolSize?: number;
  /** Called when a PostgreSQL connection breaks (the server restarted): the pool opens a new one on demand. */
  onIdleError?: (error: Error) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // Fail fast when the server is away, so the request can answer 503 instead of hanging.
      connectionTimeoutMillis: 3_000,
    });
    pool.on('error', (error) => options.onIdleError?.(error));
    // A connection that breaks while lent out emits 'error' on its client, which nobody else listens to;
    // unheard, it would end the process. The query itself fails and answers 503.
    pool.on('connect', (client) => client.on('error', (error) => options.onIdleError?.(error)));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingPreparedStatements(pool) }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const shared = options.pglite;
  const pglite = shared ?? (await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {}));
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    // Kysely's destroy would close a shared PGlite too; leave a shared one open for its owner.
    close: async () => {
      if (!shared) await db.destroy();
    },
  };
}

/** Bring the database to the newest schema (or to `target`, for migration tests). Safe to run from several processes at once. */
export async function migrate(db: Kysely<Database>, target?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) throw error;
  const failed = results?.find((result) => result.status === 'Error');
  if (failed) throw new Error(`migration ${failed.migrationName} failed`);
}
