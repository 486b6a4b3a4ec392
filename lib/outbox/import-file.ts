import { Batch, parseWith, SCHEMA_VERSION, ValidationError, type Batch as BatchType } from '../model';
import { OutboxError } from './errors';
import { errorMessages } from './messages';
import { formatBytes, utf8ByteLength } from './sizes';

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

/** Where JSON.parse gave up, in words a person can use to look into the file. */
function jsonProblem(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return 'die Datei ist unvollständig oder beschädigt';
  const offset = Number(position[1]);
  const line = text.slice(0, offset).split('\n').length;
  return `Fehler in Zeile ${line}, Zeichen ${offset + 1}`;
}

/**
 * Read a batch file (as exported by `exportJson`, or by any system following schema/batch.schema.json) and
 * check it completely. Throws an OutboxError naming every problem with its path; returns only a batch that
 * is valid as a whole, so an import is all or nothing.
 */
export async function readBatchFile(file: string | Blob, maxBytes = MAX_IMPORT_BYTES): Promise<BatchType> {
  const size = typeof file === 'string' ? utf8ByteLength(file) : file.size;
  if (size > maxBytes) throw new OutboxError('file-too-large', errorMessages['file-too-large'](formatBytes(size), formatBytes(maxBytes)));

  const text = (typeof file === 'string' ? file : await file.text()).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (looksLikeCsv(text)) throw new OutboxError('file-is-csv', errorMessages['file-is-csv']);
    throw new OutboxError('file-not-json', errorMessages['file-not-json'](jsonProblem(text, error)), [], { cause: error });
  }

  // A different format version is named as such, not as a list of fields that happen not to match.
  const version = typeof data === 'object' && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    const found = JSON.stringify(version);
    throw new OutboxError('file-schema-version', errorMessages['file-schema-version'](found, SCHEMA_VERSION), [
      { path: 'schemaVersion', message: `Erwartet ${SCHEMA_VERSION}, gefunden ${found}` },
    ]);
  }

  try {
    return parseWith(Batch, data, 'Paketdatei');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const listed = error.problems.map((problem) => `${problem.path || '(Datei)'}: ${problem.message}`).join('; ');
    throw new OutboxError('file-invalid', errorMessages['file-invalid'](listed), error.problems, { cause: error });
  }
}
