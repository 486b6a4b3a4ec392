import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Suggestion } from '../../../lib/model';
import { makeSuggestion } from '../../fixtures/make-suggestion';

/**
 * Batch files as caseworkers' extensions export them, for the triage board's tests: the same field
 * named by claimants and a caseworker, one suggestion in both files, and a malformed file.
 */
const batch = (suggestions: Suggestion[]) => ({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-20T10:00:00Z', source: { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' }, suggestions });

export function writeBatchFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'mitgestalten-board-'));
  const page = { url: 'https://jobcenter-musterstadt.example/wba', title: 'Weiterbewilligungsantrag', service: 'WBA', step: 'Wohnen und Heizkosten' };
  const field = { kind: 'field' as const, label: 'Kaltmiete in Euro', selectors: [{ type: 'FieldSelector' as const, label: 'Kaltmiete in Euro', legends: ['Kosten der Unterkunft'], controlType: 'number' as const }] };
  const kalt = [
    makeSuggestion({ page, target: field, problem: 'Gehört die Garage zur Kaltmiete?', proposal: 'Kaltmiete (ohne Garage und Stellplatz)' }),
    makeSuggestion({ page, target: field, problem: 'Ob die Garage dazu zählt, steht nirgends.' }),
    makeSuggestion({ page, target: field, problem: 'Viele fragen mich, ob die Garage zur Kaltmiete gehört.', authorRole: 'caseworker' }),
  ];
  const other = makeSuggestion({ page: { ...page, step: 'Einkommen' }, target: { kind: 'page', selectors: [] }, problem: 'Die Seite lädt sehr langsam.', category: 'technical-error' });
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };
  return {
    kalt,
    other,
    first: write('paket-1.json', batch([kalt[0]!, kalt[1]!])),
    second: write('paket-2.json', batch([kalt[1]!, kalt[2]!, other])),
    // A category no version of the format knows: the file must be refused whole.
    malformed: write('kaputt.json', { ...batch([makeSuggestion()]), suggestions: [{ ...makeSuggestion(), category: 'beschwerde' }] }),
  };
}

/** Many full batch files (500 suggestions each), for an import long enough to watch and to cancel. */
export function writeLargeBatchFiles(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mitgestalten-board-large-'));
  return Array.from({ length: count }, (_, file) => {
    const path = join(dir, `gross-${file + 1}.json`);
    writeFileSync(path, JSON.stringify(batch(Array.from({ length: 500 }, () => makeSuggestion()))));
    return path;
  });
}
