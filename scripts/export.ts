// `npm run export -- --format csv|jira|gitlab|gitlab-api|openproject|w3c --out FILE BATCH.json…`: converts
// batch files (and backlog exports) into a file for the administration's own tools, without a browser.
// Every input file is read and checked whole first; the output is written only when all of them are
// valid, so a script never imports half of what it was given. Messages are German, like the board's.
import { openAsBlob } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeProblem } from '../lib/i18n';
import { translator } from '../lib/i18n/catalogues';
import { ProblemError } from '../lib/model';
import { clusterSuggestions, combineBatches, readTriageFile, type FileBatch } from '../lib/triage';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../lib/triage/exports';

const USAGE = `Aufruf: npm run export -- --format ${EXPORT_FORMATS.join('|')} --out DATEI PAKET.json…
  --format        csv (Excel, deutsch), jira (CSV-Import), gitlab (CSV-Import), gitlab-api (REST-Nutzlasten),
                  openproject (API-v3-Arbeitspakete), w3c (Web Annotation JSON-LD)
  --out           wohin die Datei geschrieben wird
  --project, --type   Projekt und Typ-ID für OpenProject (Vorgabe: mitgestalten, 1)`;

const t = translator('de');

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function readAll(paths: readonly string[]): Promise<FileBatch[]> {
  const batches: FileBatch[] = [];
  const refused: string[] = [];
  for (const path of paths) {
    try {
      if (!(await stat(path)).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      // A blob backed by the file: its size is checked before anything of it is read.
      batches.push(...(await readTriageFile(await openAsBlob(path))));
    } catch (error) {
      if (error instanceof ProblemError) refused.push(`${path}: ${describeProblem(error.problem, t, 'de')}`);
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') refused.push(`${path}: Keine Datei gefunden.`);
      else throw error;
    }
  }
  if (refused.length) fail(`${refused.join('\n')}\nEs wurde keine Datei geschrieben.`);
  return batches;
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, project: { type: 'string' }, type: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
})();
if (values.help) fail(USAGE, 0);
const format = values.format as ExportFormat | undefined;
if (!format || !EXPORT_FORMATS.includes(format)) fail(`Bitte ein Format angeben.\n${USAGE}`, 2);
if (!values.out) fail(`Bitte mit --out angeben, wohin die Datei geschrieben wird.\n${USAGE}`, 2);
if (positionals.length === 0) fail(`Bitte mindestens eine Paketdatei angeben.\n${USAGE}`, 2);

const { records, batchOf, repeated } = combineBatches(await readAll(positionals));
const clustering = clusterSuggestions(records.map(({ suggestion, mergedInto }) => ({ suggestion, ...(mergedInto ? { mergedInto } : {}) })));
const file = exportFile(format, records, clustering, {
  batchOf,
  exportedAt: new Date().toISOString(),
  openProject: { project: values.project ?? 'mitgestalten', type: values.type ?? '1' },
});
await writeFile(values.out, file.text);
process.stdout.write(
  `${values.out}: ${records.length} Vorschläge in ${clustering.clusters.length} Clustern` +
    `${repeated ? ` (${repeated} doppelt geliefert, einmal gezählt)` : ''}.\n`,
);
