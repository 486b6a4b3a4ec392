import { suggestionsToCsv, type CsvColumn, type CsvRow } from '../../outbox/csv';
import type { TriageRecord } from '../record';
import { STATUS_DE } from './german';

/**
 * The board's spreadsheet for German Excel: the outbox's columns (same file format: `;`, UTF-8 with
 * byte order mark, formula-safe cells) followed by the triage state and the cluster.
 */

interface TriageCsvRow extends CsvRow {
  record: TriageRecord;
  clusterId: string;
  clusterSize: number;
}

const TRIAGE_COLUMNS: ReadonlyArray<CsvColumn<TriageCsvRow>> = [
  { header: 'Status', value: ({ record }) => STATUS_DE[record.status] },
  { header: 'Öffentliche Antwort', value: ({ record }) => record.publicAnswer ?? '' },
  { header: 'Interne Notiz', value: ({ record }) => record.internalNote ?? '' },
  { header: 'Duplikat von', value: ({ record }) => record.mergedInto ?? '' },
  { header: 'Cluster', value: ({ clusterId }) => clusterId },
  { header: 'Ähnliche Vorschläge', value: ({ clusterSize }) => String(clusterSize) },
];

export interface ExcelRowInput {
  record: TriageRecord;
  batchId?: string;
  clusterId: string;
  clusterSize: number;
}

export function toExcelCsv(rows: readonly ExcelRowInput[], options: { timeZone?: string } = {}): string {
  return suggestionsToCsv(
    rows.map(({ record, batchId, clusterId, clusterSize }) => ({
      suggestion: record.suggestion,
      ...(batchId ? { batchId } : {}),
      ...(record.receiptCode ? { receiptCode: record.receiptCode } : {}),
      record,
      clusterId,
      clusterSize,
    })),
    { ...options, extraColumns: TRIAGE_COLUMNS },
  );
}
