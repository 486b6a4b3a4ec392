/**
 * Run the same backlog tests on both engines the service supports: the embedded PGlite and a real
 * PostgreSQL server (one throw-away cluster per test file, a new database per service).
 */
import { afterAll, beforeAll } from 'vitest';
import { createBacklogService, type BacklogOptions, type BacklogService } from '../../server/service';
import { emptyTables, sharedPglite } from './shared-pglite';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** Registers the cluster's start and stop with the test file; call at the top level of the file. */
export function useBacklogEngines() {
  let postgres: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    await sharedPglite(); // seconds on first use: not inside a test's time
  }, 120_000);
  afterAll(() => postgres?.stop());

  return {
    get postgres() {
      if (!postgres) throw new Error('PostgreSQL did not start');
      return postgres;
    },
    /** Where a new, empty backlog of this engine lives. */
    async location(engine: Engine): Promise<Pick<BacklogOptions, 'pglite' | 'databaseUrl'>> {
      if (engine === 'postgres') return { databaseUrl: await this.postgres.createDatabase() };
      const pglite = await sharedPglite();
      await emptyTables(pglite);
      return { pglite };
    },
    /** A new service with an empty database of this engine, or on `options`' database. */
    async open(engine: Engine, options: BacklogOptions = {}): Promise<BacklogService> {
      const location = options.pglite || options.databaseUrl ? {} : await this.location(engine);
      return createBacklogService({ logLevel: 'silent', ...options, ...location });
    },
  };
}
