import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../fixtures/make-suggestion';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** `npm run export -- …` as an admin's script calls it: exit code, what it printed, what it wrote. */
async function exportCli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const batch = (suggestions: unknown[]) => ({
  batchId: crypto.randomUUID(),
  schemaVersion: 1,
  createdAt: '2026-11-20T10:00:00Z',
  source: { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' },
  suggestions,
});

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'mitgestalten-export-'));
  const shared = makeSuggestion({ authorRole: 'caseworker' });
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const good = write('a.json', batch([makeSuggestion(), shared]));
  const second = write('b.json', batch([shared, makeSuggestion({ problem: 'Die Seite lädt sehr langsam.', target: { kind: 'page', selectors: [] } })]));
  const bad = write('bad.json', batch([{ ...makeSuggestion(), page: { url: 'https://x.example/?fall=123', title: 'x' }, category: 'gibt-es-nicht' }]));
  return { dir, good, second, bad };
}

describe('npm run export', () => {
  it('converts several batch files into each format, counting a suggestion delivered twice once', async () => {
    const { dir, good, second } = files();
    for (const format of ['csv', 'jira', 'gitlab', 'gitlab-api', 'openproject', 'w3c']) {
      const out = join(dir, `out-${format}`);
      const result = await exportCli(['--format', format, '--out', out, good, second]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('3 Vorschläge in 2 Clustern (1 doppelt geliefert, einmal gezählt)');
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    const annotations = JSON.parse(readFileSync(join(dir, 'out-w3c'), 'utf8')) as { total: number };
    expect(annotations.total).toBe(3);
  }, 60_000);

  it('refuses malformed or missing files by name and path of each problem, and writes nothing', async () => {
    const { dir, good, bad } = files();
    const out = join(dir, 'never.csv');
    const result = await exportCli(['--format', 'csv', '--out', out, good, bad, join(dir, 'fehlt.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}: Die Paketdatei ist ungültig (2 Fehler).`);
    expect(result.stderr).toContain('suggestions[0].page.url: ungültig');
    expect(result.stderr).toContain('suggestions[0].category: nicht erlaubter Wert');
    expect(result.stderr).toContain(`${join(dir, 'fehlt.json')}: Keine Datei gefunden.`);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('explains its usage when the format is missing or unknown', async () => {
    const result = await exportCli(['--format', 'pdf', '--out', 'x.pdf', 'a.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format csv|jira|gitlab|gitlab-api|openproject|w3c');
  }, 30_000);
});
