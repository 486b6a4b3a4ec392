import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Every change to the database, in order. Append only: a released migration is never edited, because
 * databases out there already ran it. The same SQL runs on PGlite and on PostgreSQL.
 */
const migrations: Record<string, Migration> = {
  '001-protocol': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('batches')
        .addColumn('batch_id', 'uuid', (c) => c.primaryKey())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('receipt', 'text', (c) => c.notNull())
        .addColumn('received_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('source', 'jsonb', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('suggestions')
        .addColumn('id', 'uuid', (c) => c.primaryKey())
        .addColumn('batch_id', 'uuid', (c) => c.notNull().references('batches.batch_id'))
        .addColumn('receipt_code', 'text', (c) => c.notNull().unique())
        .addColumn('data', 'jsonb', (c) => c.notNull())
        .addColumn('received_at', 'timestamptz', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
        .addColumn('public_answer', 'text')
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('suggestions_batch').on('suggestions').column('batch_id').execute();
    },
  },
  '002-triage': {
    async up(db: Kysely<any>) {
      // Derived from the stored suggestion by PostgreSQL itself, so older rows get them too.
      const derived = [
        ['service', sql`data->'page'->>'service'`],
        ['step', sql`data->'page'->>'step'`],
        ['category', sql`data->>'category'`],
        ['author_role', sql`data->>'authorRole'`],
        ['target_kind', sql`data->'target'->>'kind'`],
        ['target_label', sql`data->'target'->>'label'`],
      ] as const;
      for (const [column, expression] of derived) {
        await db.schema.alterTable('suggestions').addColumn(column, 'text', (c) => c.generatedAlwaysAs(expression).stored()).execute();
      }
      await db.schema
        .alterTable('suggestions')
        .addColumn('search', sql`tsvector`, (c) =>
          c
            .generatedAlwaysAs(
              sql`to_tsvector('german', coalesce(data->>'problem', '') || ' ' || coalesce(data->>'proposal', '') || ' ' || coalesce(data->'target'->>'label', ''))`,
            )
            .stored(),
        )
        .execute();
      await db.schema.alterTable('suggestions').addColumn('internal_note', 'text').execute();
      await db.schema.alterTable('suggestions').addColumn('merged_into', 'uuid', (c) => c.references('suggestions.id')).execute();
      await db.schema.createIndex('suggestions_search').on('suggestions').using('gin').column('search').execute();
      await db.schema.createIndex('suggestions_received').on('suggestions').columns(['received_at desc', 'id']).execute();
      await db.schema.createIndex('suggestions_status').on('suggestions').column('status').execute();
      await db.schema.createIndex('suggestions_merged_into').on('suggestions').column('merged_into').execute();

      await db.schema
        .createTable('status_changes')
        .addColumn('id', 'bigserial', (c) => c.primaryKey())
        .addColumn('suggestion_id', 'uuid', (c) => c.notNull().references('suggestions.id'))
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('token_name', 'text', (c) => c.notNull())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('status_changes_suggestion').on('status_changes').column('suggestion_id').execute();

      await db.schema
        .createTable('tokens')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('revoked_at', 'timestamptz')
        .execute();
    },
  },
  '003-rate-limits': {
    async up(db: Kysely<any>) {
      // Unlogged: counters need no crash safety, and without WAL a count commits without waiting for the disk.
      await db.schema
        .createTable('rate_limits')
        .modifyFront(sql`unlogged`)
        .addColumn('bucket', 'text', (c) => c.notNull())
        .addColumn('window_start', 'timestamptz', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
        .execute();
    },
  },
  '004-service-index': {
    async up(db: Kysely<any>) {
      // A search narrowed to a service is then answered from two indexes together (BitmapAnd), instead of
      // reading every row that matches the words and dropping those of other services one by one.
      await db.schema.createIndex('suggestions_service').on('suggestions').column('service').execute();
    },
  },
};

export const MIGRATION_NAMES = Object.keys(migrations);

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
