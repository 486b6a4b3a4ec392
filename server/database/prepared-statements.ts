import type { CompiledQuery, PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * Named prepared statements for the few queries the service runs at volume, on PostgreSQL.
 *
 * pg sends every query as an unnamed statement, which PostgreSQL parses and plans anew on each call. For a
 * receipt lookup that was 40 % of the database's time per request (126 µs of CPU; 77 µs as a named statement).
 * A query marked here is prepared once per connection under a fixed name and afterwards only bound and run.
 *
 * Only queries whose text is fixed are marked (compiled once, the parameters alone differ), so each connection
 * holds a handful of statements. A statement names its columns, so a migration that adds columns elsewhere in
 * the table does not invalidate it. PGlite runs in the process and has no such cost: it ignores the mark.
 */
const statementNames = new Map<string, string>();

/** Mark `compiled` to run as a named prepared statement wherever the database is PostgreSQL. */
export function preparedOnEachConnection<R>(compiled: CompiledQuery<R>): CompiledQuery<R> {
  if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `mitgestalten_${statementNames.size + 1}`);
  return compiled;
}

/** `pool` as Kysely's PostgresDialect takes it, running marked queries under their statement's name. */
export function namingPreparedStatements(pool: pg.Pool): PostgresPool {
  // Kysely keeps one connection object per client it is handed: hand it the same wrapper each time.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((textOrCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
      const name = typeof textOrCursor === 'string' ? statementNames.get(textOrCursor) : undefined;
      if (name) return client.query({ name, text: textOrCursor as string, values: [...parameters!] });
      return (client.query as (...args: unknown[]) => unknown)(textOrCursor, parameters);
    }) as PostgresPoolClient['query'],
    release: (destroy) => client.release(destroy),
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) wrappers.set(client, (wrapper = wrap(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}
