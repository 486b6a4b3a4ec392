// `npm start`: the whole product on one machine. The co-design backlog on its embedded database, the demo
// Jobcenter pages, and the extension built so that it sends to this backlog; then it prints where to go.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createToken, revokeToken } from '../server/access/tokens';
import { configFromEnvironment } from '../server/config';
import { startDemoSite } from '../server/demo-site';
import { embeddedHolder, holdEmbedded } from '../server/embedded-lock';
import { startBacklog } from '../server/service';

const port = Number(process.env.PORT ?? 8787);
const backlogPort = Number(process.env.BACKLOG_PORT ?? 8790);
const widgetPort = Number(process.env.WIDGET_PORT ?? 8789);
const host = '127.0.0.1';
const extensionDir = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const siteOrigin = `http://${host}:${port}`;
const widgetSiteOrigin = `http://${host}:${widgetPort}`;
const DEMO_TOKEN_NAME = 'demo-sichtung';

const config = configFromEnvironment({ LOG_LEVEL: 'warn', ...process.env, PORT: String(backlogPort), HOST: host, ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? `${siteOrigin},http://localhost:${port},${widgetSiteOrigin}` });
if (config.dataDir && !config.databaseUrl && embeddedHolder(config.dataDir)) {
  console.error(`Ein anderer Backlog-Dienst nutzt ${config.dataDir} schon (läuft npm start bereits?).`);
  process.exit(1);
}

function fail(error: unknown, what: string): never {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `${what}: Port belegt. Starten Sie mit anderen Ports, z. B. PORT=8788 BACKLOG_PORT=8791 npm start.` : error);
  process.exit(1);
}

const release = config.dataDir && !config.databaseUrl ? holdEmbedded(config.dataDir) : () => undefined;
console.log('Starte den Co-Design-Backlog …');
const backlog = await startBacklog(config).catch((error: unknown) => fail(error, 'Backlog'));
// A fresh demo token on every start: only its hash is stored, so the old one cannot be shown again.
await revokeToken(backlog.database.db, DEMO_TOKEN_NAME);
await backlog.database.db.deleteFrom('tokens').where('name', '=', DEMO_TOKEN_NAME).execute();
const demoToken = await createToken(backlog.database.db, DEMO_TOKEN_NAME, 'triage');

console.log('Baue die Browser-Erweiterung (sendet an den lokalen Backlog) …');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, WXT_BACKLOG_ENDPOINT: backlog.url } });
if (build.status !== 0) {
  console.error('Die Erweiterung konnte nicht gebaut werden (siehe oben).');
  await backlog.close();
  release();
  process.exit(build.status ?? 1);
}

console.log('Baue das Widget …');
const widgetBuild = spawnSync('npx', ['tsx', 'widget/build.ts'], { stdio: 'inherit' });
if (widgetBuild.status !== 0) {
  console.error('Das Widget konnte nicht gebaut werden (siehe oben).');
  await backlog.close();
  release();
  process.exit(widgetBuild.status ?? 1);
}

const site = await startDemoSite({ port, host }).catch((error: unknown) => fail(error, 'Demo-Seiten'));
// The same pages as a Jobcenter portal with the widget embedded, for claimants without the extension.
const widgetSite = await startDemoSite({ port: widgetPort, host, widget: { endpoint: backlog.url, service: 'WBA' } }).catch((error: unknown) =>
  fail(error, 'Demo-Seiten mit Widget'),
);
const api = `${backlog.url}/api/v1`;
console.log(`
Mitgestalten läuft.

  Demo-Seiten des Jobcenters:  ${site.url}/
    Bürgergeld-Hauptantrag:    ${site.url}/buergergeld/
    Weiterbewilligungsantrag:  ${site.url}/wba.html
    Veränderungsmitteilung:    ${site.url}/veraenderungsmitteilung.html
    Kooperationsplan:          ${site.url}/kooperationsplan.html
    Postfach und Upload:       ${site.url}/postfach.html

  Dieselben Seiten mit dem Widget (ohne Erweiterung, für Leistungsberechtigte): ${widgetSite.url}/
    Weiterbewilligungsantrag:  ${widgetSite.url}/wba.html
    Strengste CSP:             ${widgetSite.url}/strikt.html
    Widget-Dateien:            ${widgetSite.url}/widget/mitgestalten.js (sendet an den Backlog unten)

  Erweiterung (entpackt laden): ${extensionDir}
    Chromium/Chrome: chrome://extensions → Entwicklermodus → „Entpackte Erweiterung laden“ → diesen Ordner wählen.
    Sie sendet an den Backlog unten; eigene Adresse in den Einstellungen der Erweiterung.

  Co-Design-Backlog:           ${backlog.url}  (Datenbank: ${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})
    Pakete senden:             POST ${api}/batches
    Stand zu einem Code:       GET  ${api}/receipts/{code}
    Sichtung (Token nötig):    GET  ${api}/triage/suggestions
    Zustand / Metriken:        ${backlog.url}/healthz  ${backlog.url}/metrics
  Demo-Token (Rolle triage):   ${demoToken}

  Einen Vorschlag beantworten (ID aus der Liste):
    curl -H 'Authorization: Bearer ${demoToken}' ${api}/triage/suggestions
    curl -X POST -H 'Authorization: Bearer ${demoToken}' -H 'Content-Type: application/json' \\
      -d '{"status":"planned"}' ${api}/triage/suggestions/<id>/status
    curl -X PUT -H 'Authorization: Bearer ${demoToken}' -H 'Content-Type: application/json' \\
      -d '{"publicAnswer":"Danke! Wir ergänzen einen Hinweis."}' ${api}/triage/suggestions/<id>/answer
  Die Antwort erscheint in der Erweiterung und im Widget unter „Meine Vorschläge“.

Beenden mit Strg+C.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await site.close();
  await widgetSite.close();
  await backlog.close();
  release();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
