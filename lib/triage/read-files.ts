import type { z } from 'zod/mini';
import { ExportedBatch, MAX_FIELD_PROBLEMS, parseWith, TriageExport, ValidationError, type ExportedTriage, type Suggestion } from '../model';
import { OutboxError } from '../outbox/errors';
import { checkBatchData, checkImportSize, MAX_IMPORT_BYTES, readBatchFile } from '../outbox/import-file';
import { utf8ByteLength } from '../outbox/sizes';
import type { TriageRecord } from './record';

/**
 * Files the board (offline) and `npm run export` read: batch files as extensions and widgets export them
 * (schema/batch.schema.json), batch files with triage state, and whole backlog exports
 * (schema/triage-export.schema.json). Every file is checked whole before anything of it is used; the
 * same suggestion in two files counts once.
 */

export interface FileBatch {
  batchId: string;
  receivedAt?: string;
  suggestions: Suggestion[];
  triage: ExportedTriage[];
}

const MAX_BACKLOG_EXPORT_BYTES = 200_000_000;

/** Whether the data is a backlog export (`{ exportedAt, batches: […] }`) rather than one batch. */
function isBacklogExport(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Array.isArray((data as { batches?: unknown }).batches);
}

/**
 * The batches in one file, checked completely. Throws an `OutboxError` (code and the first bad fields
 * with their paths) for anything malformed, so a caller imports all of a file or nothing of it.
 */
export async function readTriageFile(file: string | Blob): Promise<FileBatch[]> {
  const size = typeof file === 'string' ? utf8ByteLength(file) : file.size;
  checkImportSize(size, MAX_BACKLOG_EXPORT_BYTES);
  const text = typeof file === 'string' ? file : await file.text();
  let data: unknown;
  try {
    // A byte order mark is dropped without copying the rest of the file when there is none.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // Not JSON: the outbox's reader names what it is (a CSV file, broken JSON at a line and column).
    await readBatchFile(text);
  }
  if (isBacklogExport(data)) {
    const exported = parseOrRefuse(TriageExport, data, 'backlog export');
    return exported.batches.map(({ batchId, receivedAt, suggestions, triage }) => ({ batchId, receivedAt, suggestions, triage }));
  }
  // One batch file, as large as the outbox lets one be, its format version and every field checked.
  checkImportSize(size, MAX_IMPORT_BYTES);
  if ((data as { triage?: unknown } | null)?.triage === undefined) {
    const batch = checkBatchData(data);
    return [{ batchId: batch.batchId, suggestions: batch.suggestions, triage: [] }];
  }
  // A batch the backlog exported with its triage state: the state is checked as strictly as the batch.
  checkBatchData(data);
  const { batchId, receivedAt, suggestions, triage } = parseOrRefuse(ExportedBatch, data, 'batch file');
  return [{ batchId, receivedAt, suggestions, triage }];
}

/** Parse, or refuse the whole file with the first bad fields and their paths. */
function parseOrRefuse<S extends z.core.$ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  try {
    return parseWith(schema, data, what);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new OutboxError('file.invalid', { count: error.problems.length }, error.problems.slice(0, MAX_FIELD_PROBLEMS), { cause: error });
  }
}

export interface CombinedRecords {
  records: TriageRecord[];
  /** The batch that first brought each suggestion. */
  batchOf: Map<string, string>;
  /** Suggestions that arrived again in a later file or batch and were counted once. */
  repeated: number;
}

/** The suggestions of all batches as records, each suggestion once (the first file that brought it wins). */
export function combineBatches(batches: Iterable<FileBatch>): CombinedRecords {
  const records: TriageRecord[] = [];
  const batchOf = new Map<string, string>();
  let repeated = 0;
  for (const batch of batches) {
    const triageOf = new Map(batch.triage.map((state) => [state.suggestionId, state]));
    for (const suggestion of batch.suggestions) {
      if (batchOf.has(suggestion.id)) {
        repeated++;
        continue;
      }
      batchOf.set(suggestion.id, batch.batchId);
      const state = triageOf.get(suggestion.id);
      records.push({
        suggestion,
        status: state?.status ?? 'received',
        history: state?.history ?? [],
        ...(batch.receivedAt ? { receivedAt: batch.receivedAt } : {}),
        ...(state?.receiptCode ? { receiptCode: state.receiptCode } : {}),
        ...(state?.publicAnswer ? { publicAnswer: state.publicAnswer } : {}),
        ...(state?.internalNote ? { internalNote: state.internalNote } : {}),
        ...(state?.mergedInto ? { mergedInto: state.mergedInto } : {}),
      });
    }
  }
  return { records, batchOf, repeated };
}
