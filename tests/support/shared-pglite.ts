import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrate } from '../../server/database/connect';

let shared: Promise<PGlite> | undefined;

const migrationsSource = readFileSync(new URL('../../server/database/migrations.ts', import.meta.url));
/** A migrated, empty database directory, kept between runs: loading it takes a fraction of a fresh initdb. */
const templateFile = join(tmpdir(), `mitgestalten-pglite-${createHash('sha256').update(migrationsSource).digest('hex').slice(0, 16)}.tar`);

async function fromTemplate(): Promise<PGlite | undefined> {
  if (!existsSync(templateFile)) return undefined;
  try {
    return await PGlite.create({ loadDataDir: new Blob([readFileSync(templateFile)]) });
  } catch {
    return undefined; // written by another PGlite version: make a new one
  }
}

async function freshMigrated(): Promise<PGlite> {
  const pglite = await PGlite.create();
  await migrate(new Kysely({ dialect: new PGliteDialect(pglite) }));
  const dump = await pglite.dumpDataDir('none');
  const partial = `${templateFile}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, templateFile); // atomic: parallel workers never read half a file
  return pglite;
}

/**
 * One migrated in-memory PGlite per test process: starting PostgreSQL in WebAssembly takes seconds,
 * emptying its tables takes milliseconds. Services built on it are told not to close it.
 */
export function sharedPglite(): Promise<PGlite> {
  shared ??= fromTemplate().then((loaded) => loaded ?? freshMigrated());
  return shared;
}

/** Empty every table, keeping the schema: a fresh backlog for the next test. */
export async function emptyTables(pglite: PGlite): Promise<void> {
  await pglite.exec('truncate status_changes, suggestions, batches, tokens, rate_limits restart identity cascade');
}
