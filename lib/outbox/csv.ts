import { revealBidiControls, type AuthorRole, type Category, type Language, type Suggestion, type TargetKind } from '../model';

/**
 * Suggestions as a CSV file for people who work in spreadsheets (Jobcenter management, Excel in German).
 * One row per suggestion, German headers, UTF-8 with byte order mark (without it Excel reads UTF-8 as
 * Windows-1252 and garbles umlauts), semicolons (German Excel expects them, since the comma is the decimal
 * separator), CRLF line ends. The labels move to lib/i18n once it exists.
 */

export interface CsvRow {
  suggestion: Suggestion;
  batchId?: string;
  receiptCode?: string;
}

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/** The categories in German words, for files handed to German tools (Excel here, the trackers in lib/triage/exports). */
export const CATEGORY_DE: Record<Category, string> = {
  'unclear-wording': 'Unklare Formulierung',
  'missing-information': 'Fehlende Information',
  'process-friction': 'Umständlicher Ablauf',
  'accessibility-barrier': 'Barriere (Barrierefreiheit)',
  'technical-error': 'Technischer Fehler',
  'data-protection': 'Datenschutz',
  translation: 'Übersetzung',
  other: 'Sonstiges',
};
const ROLE: Record<AuthorRole, string> = { claimant: 'Leistungsberechtigte Person', caseworker: 'Fachkraft', advisor: 'Beratung', other: 'Sonstige' };
const TARGET_KIND: Record<TargetKind, string> = { field: 'Formularfeld', element: 'Seitenelement', text: 'Textstelle', page: 'Ganze Seite' };
const LANGUAGE: Record<Language, string> = { de: 'Deutsch', en: 'Englisch', uk: 'Ukrainisch', ar: 'Arabisch', tr: 'Türkisch', ru: 'Russisch', fa: 'Persisch' };

/** "20.11.2026 10:14" in the Jobcenter's time zone: a form German Excel recognises as a date. */
function formatDate(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('de-DE', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

const totalRedactions = (suggestion: Suggestion) => Object.values(suggestion.redactions).reduce((sum, count) => sum + (count ?? 0), 0);

/** A column of the spreadsheet file: its German header and how a row fills it. */
export interface CsvColumn<R extends CsvRow = CsvRow> {
  header: string;
  value: (row: R, timeZone: string) => string;
}

const COLUMNS: ReadonlyArray<CsvColumn> = [
  { header: 'Datum', value: ({ suggestion }, timeZone) => formatDate(suggestion.createdAt, timeZone) },
  { header: 'Dienst', value: ({ suggestion }) => suggestion.page.service ?? '' },
  { header: 'Seite', value: ({ suggestion }) => suggestion.page.title },
  { header: 'Adresse', value: ({ suggestion }) => suggestion.page.url },
  { header: 'Schritt', value: ({ suggestion }) => suggestion.page.step ?? '' },
  { header: 'Ziel', value: ({ suggestion }) => suggestion.target.label ?? '' },
  { header: 'Art des Ziels', value: ({ suggestion }) => TARGET_KIND[suggestion.target.kind] },
  { header: 'Kategorie', value: ({ suggestion }) => CATEGORY_DE[suggestion.category] },
  { header: 'Problem', value: ({ suggestion }) => suggestion.problem },
  { header: 'Vorschlag', value: ({ suggestion }) => suggestion.proposal ?? '' },
  { header: 'Rolle', value: ({ suggestion }) => ROLE[suggestion.authorRole] },
  { header: 'Sprache', value: ({ suggestion }) => LANGUAGE[suggestion.language] },
  { header: 'Entfernte persönliche Angaben', value: ({ suggestion }) => String(totalRedactions(suggestion)) },
  { header: 'Vorschlags-ID', value: ({ suggestion }) => suggestion.id },
  { header: 'Paket-ID', value: ({ batchId }) => batchId ?? '' },
  { header: 'Empfangscode', value: ({ receiptCode }) => receiptCode ?? '' },
];

/**
 * A spreadsheet evaluates a cell that starts with one of these as a formula ("CSV injection"): a suggestion
 * text like `=HYPERLINK(…)` would run on the manager's machine. OWASP's advice: prefix such cells with an
 * apostrophe, which spreadsheets take as "this is text". Spreadsheets skip leading spaces (also no-break and
 * zero-width ones) before they look, and some read full-width signs (＝ ＋ － ＠) as their ASCII twins.
 */
const FORMULA_START = /^[\s\u00A0\u180E\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n\0]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface CsvFormat {
  /** `;` for German Excel, `,` for importers that expect RFC 4180's own separator. */
  separator: ';' | ',';
  /** Excel needs the byte order mark to read UTF-8; importers that read the first header literally must not get one. */
  bom: boolean;
  /** For files opened in a spreadsheet; an importer takes cells literally, so the apostrophe would land in the issue. */
  neutraliseFormulas: boolean;
}

/**
 * Every cell quoted (RFC 4180), quotes doubled, so separators and line breaks inside a text stay in their
 * cell; invisible direction controls shown as tokens, so a cell never reads differently from its data.
 */
function csvCell(value: string, format: CsvFormat): string {
  const visible = revealBidiControls(value);
  return `"${(format.neutraliseFormulas ? neutraliseFormula(visible) : visible).replaceAll('"', '""')}"`;
}

/** Lines of cells as a CSV file's text (CRLF line ends), for every CSV this project writes. */
export function writeCsv(lines: ReadonlyArray<readonly string[]>, format: CsvFormat): string {
  return (format.bom ? BOM : '') + lines.map((cells) => cells.map((cell) => csvCell(cell, format)).join(format.separator)).join(LINE_END) + LINE_END;
}

export const EXCEL_DE: CsvFormat = { separator: SEPARATOR, bom: true, neutraliseFormulas: true };

/**
 * The whole file's text, byte order mark included. `extraColumns` follow the suggestion's own columns
 * (the triage board adds status and answers).
 */
export function suggestionsToCsv<R extends CsvRow>(rows: readonly R[], options: { timeZone?: string; extraColumns?: ReadonlyArray<CsvColumn<R>> } = {}): string {
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  const columns: ReadonlyArray<CsvColumn<R>> = [...COLUMNS, ...(options.extraColumns ?? [])];
  return writeCsv([columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.value(row, timeZone)))], EXCEL_DE);
}
