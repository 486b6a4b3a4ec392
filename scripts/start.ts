// `npm start`: builds the extension and serves the demo Jobcenter pages, then prints where to go.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDemoSite } from '../server/demo-site';

const port = Number(process.env.PORT ?? 8787);
const extensionDir = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));

console.log('Baue die Browser-Erweiterung …');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Die Erweiterung konnte nicht gebaut werden (siehe oben).');
  process.exit(build.status ?? 1);
}

try {
  const site = await startDemoSite({ port, host: '127.0.0.1' });
  console.log(`
Mitgestalten läuft.

  Demo-Seiten des Jobcenters:  ${site.url}/
    Bürgergeld-Hauptantrag:    ${site.url}/buergergeld/
    Weiterbewilligungsantrag:  ${site.url}/wba.html
    Veränderungsmitteilung:    ${site.url}/veraenderungsmitteilung.html
    Kooperationsplan:          ${site.url}/kooperationsplan.html
    Postfach und Upload:       ${site.url}/postfach.html

  Erweiterung (entpackt laden): ${extensionDir}
    Chromium/Chrome: chrome://extensions → Entwicklermodus → „Entpackte Erweiterung laden“ → diesen Ordner wählen.

Beenden mit Strg+C.`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} ist belegt. Starten Sie mit einem anderen Port, z. B. PORT=8788 npm start.` : error);
  process.exit(1);
}
