import type { Selectable } from 'kysely';
import type { StatusChange, TriageSuggestion } from '../../lib/model';
import type { StatusChangesTable, SuggestionsTable } from '../database/tables';

export const iso = (value: Date | string) => new Date(value).toISOString();

/** The columns a triage view reads. */
export const TRIAGE_COLUMNS = ['id', 'batch_id', 'receipt_code', 'data', 'received_at', 'status', 'public_answer', 'internal_note', 'merged_into', 'updated_at'] as const;

type TriageRow = Pick<Selectable<SuggestionsTable>, (typeof TRIAGE_COLUMNS)[number]>;

export function toTriageSuggestion(row: TriageRow): TriageSuggestion {
  return {
    suggestion: row.data,
    receiptCode: row.receipt_code,
    batchId: row.batch_id,
    receivedAt: iso(row.received_at),
    status: row.status,
    ...(row.public_answer ? { publicAnswer: row.public_answer } : {}),
    ...(row.internal_note ? { internalNote: row.internal_note } : {}),
    ...(row.merged_into ? { mergedInto: row.merged_into } : {}),
    updatedAt: iso(row.updated_at),
  };
}

export function toStatusChange(row: Selectable<StatusChangesTable>): StatusChange {
  return { from: row.from_status, to: row.to_status, by: row.token_name, at: iso(row.at) };
}
