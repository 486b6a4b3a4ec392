import { escapeBidiControlsInJson, type ExportFile, type OutboxEntry } from '../model';
import { suggestionsToCsv } from './csv';

export type { ExportFile };

/** "mitgestalten-paket-2026-11-21-0c9a8b7d": sortable by date, and tells two batches of a day apart. */
function baseName(entry: OutboxEntry): string {
  return `mitgestalten-paket-${entry.batch.createdAt.slice(0, 10)}-${entry.batch.batchId.slice(0, 8)}`;
}

/**
 * The batch exactly as it is sent, following schema/batch.schema.json: a Jobcenter without a network path
 * from here can import it into its backlog, and because the batchId travels along, a batch that arrives both
 * as a file and over the network is still stored once.
 */
export function batchJsonFile(entry: OutboxEntry): ExportFile {
  return { fileName: `${baseName(entry)}.json`, mimeType: 'application/json', text: `${escapeBidiControlsInJson(JSON.stringify(entry.batch, null, 2))}\n` };
}

/** The batch for spreadsheet users, one row per suggestion, with receipt codes once the backlog gave them. */
export function batchCsvFile(entry: OutboxEntry, options: { timeZone?: string } = {}): ExportFile {
  const codes = new Map(entry.receipt?.receipts.map((receipt) => [receipt.suggestionId, receipt.receiptCode]));
  const rows = entry.batch.suggestions.map((suggestion) => ({ suggestion, batchId: entry.batch.batchId, receiptCode: codes.get(suggestion.id) }));
  return { fileName: `${baseName(entry)}.csv`, mimeType: 'text/csv;charset=utf-8', text: suggestionsToCsv(rows, options) };
}
