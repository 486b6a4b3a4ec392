import { Batch, parseWith, SCHEMA_VERSION, ValidationError, MAX_FIELD_PROBLEMS, type Batch as BatchType } from '../model';
import { OutboxError } from './errors';
import { utf8ByteLength } from './sizes';

/**
 * Largest batch file we read. Checked before the file is read into memory or parsed, so a wrong or
 * hostile file cannot stall the page. Every file we export is smaller (see MAX_BATCH_BYTES).
 */
export const MAX_IMPORT_BYTES = 10_000_000;

/** Our CSV export (or any CSV) starts with a header line of separated names, not with JSON. */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  return !/^\s*[[{]/.test(firstLine) && /[;,\t]/.test(firstLine);
}

/** Where JSON.parse gave up, as line and column a person can look for, when the engine says. */
function jsonPosition(text: string, error: unknown): { line: number; column: number } | undefined {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** The size of a file before anything of it is read: the check a shell makes before sending a file anywhere. */
export function checkImportSize(bytes: number, maxBytes = MAX_IMPORT_BYTES): void {
  if (bytes > maxBytes) throw new OutboxError('file.too-large', { size: bytes, limit: maxBytes });
}

/**
 * Read a batch file (as exported by `exportJson`, or by any system following schema/batch.schema.json) and
 * check it completely. Throws an OutboxError with a code and the first problems with their paths; returns
 * only a batch that is valid as a whole, so an import is all or nothing.
 */
export async function readBatchFile(file: string | Blob, maxBytes = MAX_IMPORT_BYTES): Promise<BatchType> {
  checkImportSize(typeof file === 'string' ? utf8ByteLength(file) : file.size, maxBytes);

  const text = (typeof file === 'string' ? file : await file.text()).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (looksLikeCsv(text)) throw new OutboxError('file.is-csv');
    throw new OutboxError('file.not-json', jsonPosition(text, error), undefined, { cause: error });
  }

  return checkBatchData(data);
}

/**
 * A batch file's parsed JSON, checked completely: a different format version is named as such, not as a
 * list of fields that happen not to match; otherwise every bad field with its path. For readers that
 * parsed the JSON themselves (the triage board reads other files too).
 */
export function checkBatchData(data: unknown): BatchType {
  const version = typeof data === 'object' && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    throw new OutboxError('file.schema-version', { found: JSON.stringify(version).slice(0, 40), supported: SCHEMA_VERSION });
  }

  try {
    return parseWith(Batch, data, 'batch file');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new OutboxError('file.invalid', { count: error.problems.length }, error.problems.slice(0, MAX_FIELD_PROBLEMS), { cause: error });
  }
}
