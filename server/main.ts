// `npm run backlog`: the co-design backlog service alone (for deployment), and its administration:
//   npm run backlog                                        serve (PORT, DATA_DIR, DATABASE_URL, ALLOWED_ORIGINS, LOG_LEVEL …)
//   npm run backlog -- create-token --role triage --name sachgebiet-wba
//   npm run backlog -- revoke-token --name sachgebiet-wba
//   npm run backlog -- list-tokens
//   npm run backlog -- export --out ./export               one batch file per batch, with status and answers
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TokenRole } from '../lib/model';
import { createToken, listTokens, revokeToken } from './access/tokens';
import { configFromEnvironment, type BacklogConfig } from './config';
import { migrate, openDatabase, type DatabaseHandle } from './database/connect';
import { embeddedHolder, holdEmbedded } from './embedded-lock';
import { startBacklog } from './service';
import { exportBatches } from './triage/export';

async function serve(config: BacklogConfig) {
  const release = config.dataDir && !config.databaseUrl ? holdEmbedded(config.dataDir) : () => undefined;
  const backlog = await startBacklog(config);
  const { logger } = backlog.deps;
  logger.info({ url: backlog.url, engine: backlog.database.engine, ready: backlog.readiness.isReady() }, 'backlog listening');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    await backlog.close();
    release();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function withDatabase(config: BacklogConfig, work: (handle: DatabaseHandle) => Promise<void>) {
  if (!config.databaseUrl && config.dataDir) {
    const holder = embeddedHolder(config.dataDir);
    if (holder) throw new Error(`Der Backlog-Dienst (Prozess ${holder}) nutzt ${config.dataDir} gerade. Bitte erst beenden – oder die Admin-API nutzen (POST /api/v1/admin/tokens).`);
  }
  const handle = await openDatabase({ ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir! }) });
  try {
    await migrate(handle.db);
    await work(handle);
  } finally {
    await handle.close();
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, out: { type: 'string' } },
  });
  const command = positionals[0] ?? 'serve';
  const config = configFromEnvironment(process.env);
  const name = () => {
    if (!values.name) throw new Error('--name fehlt, z. B. --name sachgebiet-wba');
    return values.name;
  };
  switch (command) {
    case 'serve':
      return serve(config);
    case 'create-token': {
      const role = TokenRole.safeParse(values.role ?? 'triage');
      if (!role.success) throw new Error(`--role muss eines von ${TokenRole.options.join(', ')} sein`);
      return withDatabase(config, async ({ db }) => {
        const token = await createToken(db, name(), role.data);
        console.log(`Zugangsschlüssel für „${name()}“ (${role.data}). Er wird nur jetzt angezeigt:\n${token}`);
      });
    }
    case 'revoke-token':
      return withDatabase(config, async ({ db }) => {
        if (!(await revokeToken(db, name()))) throw new Error(`Kein gültiger Zugangsschlüssel mit dem Namen „${name()}“.`);
        console.log(`„${name()}“ ist widerrufen.`);
      });
    case 'list-tokens':
      return withDatabase(config, async ({ db }) => {
        for (const token of await listTokens(db)) console.log([token.name, token.role, token.createdAt, token.revokedAt ? `widerrufen ${token.revokedAt}` : 'gültig'].join('\t'));
      });
    case 'export':
      return withDatabase(config, async ({ db }) => {
        const out = values.out ?? './export';
        mkdirSync(out, { recursive: true });
        let files = 0;
        for await (const batch of exportBatches(db)) {
          writeFileSync(join(out, `mitgestalten-paket-${batch.receivedAt.slice(0, 10)}-${batch.batchId.slice(0, 8)}.json`), JSON.stringify(batch, null, 2));
          files++;
        }
        console.log(`${files} Paketdateien in ${out}`);
      });
    default:
      throw new Error(`Unbekannter Befehl „${command}“. Möglich: serve, create-token, revoke-token, list-tokens, export`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
