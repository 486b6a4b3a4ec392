/**
 * A PostgreSQL server for one test file or benchmark: a new cluster in a temporary directory, on a free port
 * of 127.0.0.1, started and stopped with the Debian binaries (`apt-get install postgresql`). As root (CI) it
 * runs as the `postgres` user. Missing binaries are an error, never a reason to skip: the tests that need
 * PostgreSQL must fail where it is not installed.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  /** Connection URL of the `postgres` database. */
  readonly url: string;
  /** URL of a new, empty database on this server. */
  createDatabase(): Promise<string>;
  /** Stop the server hard (as a crash would) and start it again, for outage tests. Data stays. */
  kill(): void;
  start(): void;
  /** Stop and delete everything. */
  stop(): void;
}

function binDir(root: string): string {
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions[0]) {
    throw new Error('PostgreSQL-Programme fehlen (initdb, pg_ctl unter /usr/lib/postgresql/*/bin). Installieren: apt-get install -y postgresql');
  }
  return join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(options: { durable?: boolean; binRoot?: string } = {}): Promise<ThrowawayPostgres> {
  const bin = binDir(options.binRoot ?? '/usr/lib/postgresql');
  const asRoot = userInfo().uid === 0;
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'mitgestalten-pg-'));
  if (asRoot) {
    const { uid, gid } = { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // Tests do not need durability against power loss; benchmarks ask for it to measure honestly.
  const settings = ['-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...(options.durable ? [] : ['-c', 'fsync=off'])];
  const start = () => {
    try {
      run('pg_ctl', ['-D', data, '-o', settings.join(' '), '-l', join(dir, 'log'), '-w', 'start']);
    } catch (error) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
      throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
    }
  };
  start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    async createDatabase() {
      const name = `backlog_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    kill: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
