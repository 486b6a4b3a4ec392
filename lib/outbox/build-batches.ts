import { Batch, MAX_BATCH_SIZE, parseWith, SCHEMA_VERSION, type BatchSource, type Suggestion } from '../model';
import { utf8ByteLength } from './sizes';

/**
 * Largest batch we build, in bytes of its exported JSON file (pretty-printed, the larger form). It stays below
 * the 5 MB request body every backlog must accept (docs/backlog-protocol.md) and below the import limit,
 * so every batch can be sent and every exported file imported again.
 */
export const MAX_BATCH_BYTES = 4_000_000;

/** Room for the batch's own fields around its suggestions. */
const ENVELOPE_BYTES = 2_000;

export interface BuildOptions {
  source: BatchSource;
  /** One timestamp for every batch built together (ISO 8601). */
  createdAt: string;
  /** A new UUID for each batch; it is also the idempotency key. */
  newId: () => string;
  maxSuggestions?: number;
  maxBytes?: number;
}

/** Bytes a suggestion adds to the exported file: its JSON at the depth it sits in the batch, plus ",\n". */
function exportedSize(suggestion: Suggestion): number {
  const json = JSON.stringify(suggestion, null, 2);
  const lines = json.split('\n').length;
  return utf8ByteLength(json) + 4 * lines + 2;
}

/**
 * Group suggestions, in the order given, into as few batches as the limits allow (500 suggestions and
 * MAX_BATCH_BYTES each). Each batch is checked against the published schema here, once: afterwards it is
 * stored and re-sent unchanged.
 */
export function buildBatches(suggestions: readonly Suggestion[], options: BuildOptions): Batch[] {
  const maxSuggestions = options.maxSuggestions ?? MAX_BATCH_SIZE;
  const budget = (options.maxBytes ?? MAX_BATCH_BYTES) - ENVELOPE_BYTES;
  const groups: Suggestion[][] = [];
  let current: Suggestion[] = [];
  let bytes = 0;
  for (const suggestion of suggestions) {
    const size = exportedSize(suggestion);
    if (current.length > 0 && (current.length >= maxSuggestions || bytes + size > budget)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(suggestion);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);

  return groups.map((group) =>
    parseWith(
      Batch,
      { batchId: options.newId(), schemaVersion: SCHEMA_VERSION, createdAt: options.createdAt, source: options.source, suggestions: group },
      'Neues Paket',
    ),
  );
}
