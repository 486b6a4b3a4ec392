import { afterEach, describe, expect, it } from 'vitest';
import { TriageList } from '../lib/model';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { ENGINES, useBacklogEngines } from '../tests/support/backlog-engines';
import { bearer } from '../tests/support/backlog-requests';
import { startThrowawayPostgres } from '../tests/support/throwaway-postgres';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { createToken } from './access/tokens';
import { migrate, openDatabase, type DatabaseHandle } from './database/connect';
import { MIGRATION_NAMES } from './database/migrations';
import { createBacklogService } from './service';
import { receiptReader } from './triage/read';

const engines = useBacklogEngines();
/** A never-migrated PGlite cannot come from the prepared template: it starts from initdb, which takes seconds. */
const FRESH_DATABASE_MS = 60_000;
const closing: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const item of closing.splice(0)) await item.close();
});

describe.each(ENGINES)('database migrations on %s', (engine) => {
  /** An empty database of this engine that nobody has migrated yet. */
  async function emptyDatabase(): Promise<Pick<DatabaseHandle, 'db' | 'close'> & { location: { pglite?: PGlite; databaseUrl?: string } }> {
    if (engine === 'postgres') {
      const databaseUrl = await engines.postgres.createDatabase();
      return { ...(await openDatabase({ databaseUrl })), location: { databaseUrl } };
    }
    const pglite = await PGlite.create();
    closing.push({ close: () => pglite.close() });
    return { ...(await openDatabase({ pglite })), location: { pglite } };
  }

  it('brings a database of the first version to the newest, keeping its suggestions findable', async () => {
    const old = await emptyDatabase();
    await migrate(old.db, MIGRATION_NAMES[0]);
    // Rows as the first version of the service wrote them.
    const suggestion = makeSuggestion({ problem: 'Die Nebenkostenabrechnung passt in kein Feld.', page: { url: 'https://jobcenter-musterstadt.example/wba', title: 'WBA', service: 'WBA' } });
    const at = new Date('2026-11-02T08:00:00Z');
    await old.db.insertInto('batches').values({ batch_id: crypto.randomUUID(), fingerprint: 'f', receipt: '{}', received_at: at, created_at: at, source: JSON.stringify({ kind: 'widget', version: '1', site: 'https://x.example' }) }).execute();
    const { batch_id } = await old.db.selectFrom('batches').select('batch_id').executeTakeFirstOrThrow();
    await old.db.insertInto('suggestions').values({ id: suggestion.id, batch_id, receipt_code: 'K7QP-2MX4-9RTA', data: JSON.stringify(suggestion), received_at: at, updated_at: at }).execute();
    await old.close();

    const service = await createBacklogService({ ...old.location, logLevel: 'silent' });
    closing.push(service);
    expect(service.readiness.isReady()).toBe(true);
    const token = await createToken(service.database.db, 'sichtung', 'triage');
    const found = TriageList.parse(await (await service.app.request('/api/v1/triage/suggestions?q=Nebenkostenabrechnung&service=WBA', { headers: bearer(token) })).json());
    expect(found.items.map((item) => [item.suggestion.id, item.status, item.receiptCode])).toEqual([[suggestion.id, 'received', 'K7QP-2MX4-9RTA']]);
  }, FRESH_DATABASE_MS);

  it('creates the newest schema from empty, and running it twice changes nothing', async () => {
    const fresh = await emptyDatabase();
    await migrate(fresh.db);
    await migrate(fresh.db);
    const tables = await fresh.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['batches', 'suggestions', 'status_changes', 'tokens', 'rate_limits']));
    await fresh.close();
  }, FRESH_DATABASE_MS);
});

it('on PostgreSQL, prepares the receipt lookup once per connection, and it still answers after a migration changes the table', async () => {
  const handle = await openDatabase({ databaseUrl: await engines.postgres.createDatabase(), poolSize: 1 });
  closing.push(handle);
  await migrate(handle.db);
  const at = new Date('2026-11-02T08:00:00Z');
  const batchId = crypto.randomUUID();
  await handle.db.insertInto('batches').values({ batch_id: batchId, fingerprint: 'f', receipt: '{}', received_at: at, created_at: at, source: '{}' }).execute();
  const suggestion = makeSuggestion();
  await handle.db.insertInto('suggestions').values({ id: suggestion.id, batch_id: batchId, receipt_code: 'K7QP-2MX4-9RTA', data: JSON.stringify(suggestion), received_at: at, updated_at: at }).execute();

  const lookUp = receiptReader(handle.db);
  expect(await lookUp('K7QP-2MX4-9RTA')).toEqual({ receiptCode: 'K7QP-2MX4-9RTA', status: 'received', updatedAt: at.toISOString() });
  expect(await lookUp('K7QP-2MX4-9RTA')).toEqual({ receiptCode: 'K7QP-2MX4-9RTA', status: 'received', updatedAt: at.toISOString() });
  // One connection, so this is the session the lookups ran in: the lookup is prepared there, once.
  const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(handle.db);
  expect(prepared.rows.map((row) => row.statement)).toEqual([expect.stringMatching(/from "suggestions" where receipt_code = any\(\$1::text\[\]\)/)]);

  // A later version's migration, run by another process while this one keeps its prepared statement.
  await sql`alter table suggestions add column added_later text`.execute(handle.db);
  await handle.db.updateTable('suggestions').set({ status: 'planned' }).execute();
  expect(await lookUp('K7QP-2MX4-9RTA')).toMatchObject({ status: 'planned' });
});

it('fails loudly, not silently, where PostgreSQL is not installed', async () => {
  // The helper names the package to install rather than letting PostgreSQL tests pass by skipping.
  await expect(startThrowawayPostgres({ binRoot: '/nonexistent' })).rejects.toThrow(/apt-get install -y postgresql/);
});
