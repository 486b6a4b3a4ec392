import { z } from 'zod/mini';
import { Batch } from './batch';
import { ReceiptStatus, SubmissionReceipt } from './receipt';
import { Suggestion } from './suggestion';
import { ApiErrorBody } from './api-error';
import { AnswerCommand, MergeCommand, StatusCommand, TriageExport, TriageList, TriageStats, TriageSuggestionDetail } from './triage';
import { TriageAnswerFile } from './triage-board';

const SCHEMA_BASE_URL = 'https://mitgestalten.example/schema/';

/** The shapes we publish so that a Jobcenter's own backlog can accept our batches without our server. */
const published = {
  'batch.schema.json': { schema: Batch, title: 'Mitgestalten: Paket von Verbesserungsvorschlägen (batch)' },
  'suggestion.schema.json': { schema: Suggestion, title: 'Mitgestalten: Verbesserungsvorschlag (suggestion)' },
  'receipt.schema.json': { schema: SubmissionReceipt, title: 'Mitgestalten: Empfangsbestätigung eines Pakets (receipt)' },
  'receipt-status.schema.json': { schema: ReceiptStatus, title: 'Mitgestalten: Stand eines Vorschlags (receipt status)' },
  'error.schema.json': { schema: ApiErrorBody, title: 'Mitgestalten: Fehlerantwort des Backlogs (error)' },
  // The triage API, so a Jobcenter's own board or backlog can speak it too.
  'triage-list.schema.json': { schema: TriageList, title: 'Mitgestalten: Vorschlagsliste der Sichtung (triage list)' },
  'triage-suggestion.schema.json': { schema: TriageSuggestionDetail, title: 'Mitgestalten: Vorschlag in der Sichtung mit Verlauf (triage suggestion)' },
  'triage-stats.schema.json': { schema: TriageStats, title: 'Mitgestalten: Zählungen der Sichtung (triage stats)' },
  'triage-export.schema.json': { schema: TriageExport, title: 'Mitgestalten: Export des Backlogs mit Status und Antworten (triage export)' },
  'status-command.schema.json': { schema: StatusCommand, title: 'Mitgestalten: Status setzen (status command)' },
  'answer-command.schema.json': { schema: AnswerCommand, title: 'Mitgestalten: Antwort und Notiz setzen (answer command)' },
  'merge-command.schema.json': { schema: MergeCommand, title: 'Mitgestalten: Dublette zusammenführen (merge command)' },
  'triage-answers.schema.json': { schema: TriageAnswerFile, title: 'Mitgestalten: Entscheidungen des Sichtungsboards als Antwortdatei (triage answers)' },
} as const;

export type PublishedSchemaFile = keyof typeof published;

/** JSON Schema (draft 2020-12) for each published shape, keyed by file name, as it stands in `schema/`. */
export function publishedJsonSchemas(): Record<PublishedSchemaFile, object> {
  const entries = Object.entries(published).map(([file, { schema, title }]) => [
    file,
    {
      $id: SCHEMA_BASE_URL + file,
      title,
      // "input": describe what a sender must send; defaults are filled in by the receiver.
      ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
    },
  ]);
  return Object.fromEntries(entries) as Record<PublishedSchemaFile, object>;
}

export function serializeSchema(schema: object): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
