import { z } from 'zod/mini';
import {
  ExportFile,
  ImportReport,
  OutboxOverview,
  PageInfo,
  SendProgress,
  SendSummary,
  Settings,
  StoredReceipt,
  StoredSuggestion,
  Tally,
  Suggestion,
  SuggestionEdit,
  SuggestionSelection,
  WritingDraft,
} from '../model';

/**
 * Everything the overlay may do with the suggestions on this device, as one table of intents. The device
 * service implements exactly this table, lib/messaging derives the extension's client and server from it,
 * and each entry's parameters and result are checked with zod wherever they cross a boundary. There are no
 * raw repository calls: a page cannot set a status, a batch or a receipt code, only ask for an intent
 * whose rules the store enforces.
 */
export const DEVICE_INTENTS = {
  /** Keep a finished suggestion on the device, ready for the next batch. */
  save: { params: z.tuple([Suggestion]), result: StoredSuggestion },
  /** Change what the person wrote; refused once the suggestion is in a batch. */
  editTexts: { params: z.tuple([z.uuid(), SuggestionEdit]), result: StoredSuggestion },
  /** Take a suggestion back: it never reaches the backlog, or the person is told why it already has. */
  withdraw: { params: z.tuple([z.uuid()]), result: z.null() },
  /** This page's suggestions, oldest first: made at its address, or on the same step of the same application. */
  listPage: { params: z.tuple([PageInfo]), result: z.array(StoredSuggestion) },
  /** Every suggestion on this device, newest first. */
  listAll: { params: z.tuple([]), result: z.array(StoredSuggestion) },
  readSettings: { params: z.tuple([]), result: Settings },
  /** What the person is writing and has not saved; kept so a reload loses nothing. `null` drops it. */
  keepDraft: { params: z.tuple([z.nullable(WritingDraft)]), result: z.null() },
  /** The unsaved draft, if there is one from the last day. */
  readDraft: { params: z.tuple([]), result: z.nullable(WritingDraft) },
  writeSettings: { params: z.tuple([z.partial(Settings)]), result: Settings },
  /** What the send panel shows. */
  overview: { params: z.tuple([]), result: OutboxOverview },
  /** Put everything waiting into batches and give each unsent batch as a file (no network needed). */
  exportUnsent: { params: z.tuple([z.enum(['json', 'csv'])]), result: z.array(ExportFile) },
  /** Import a batch file, all or nothing. The shell checks its size before reading it. */
  importFile: { params: z.tuple([z.string()]), result: ImportReport },
  /** Look up the administration's answers for everything sent from here; returns how many are answered. */
  refreshAnswers: { params: z.tuple([]), result: z.int().check(z.nonnegative()) },
  receipts: { params: z.tuple([]), result: z.array(StoredReceipt) },
  /** Counts for the toolbar: saved, unsent and answered, on the given page and on the whole device. */
  tally: { params: z.tuple([z.nullable(PageInfo)]), result: Tally },
  /** Delete what the retention period (settings) makes due; returns how many suggestions went. */
  deleteExpired: { params: z.tuple([]), result: z.int().check(z.nonnegative()) },
  /** Delete everything this device keeps: suggestions, outbox, receipts, settings, the draft. */
  deleteAllData: { params: z.tuple([]), result: z.null() },
} as const;

export type DeviceIntentName = keyof typeof DEVICE_INTENTS;

type Intents = typeof DEVICE_INTENTS;

/** The intents as functions: what the table says, nothing more. */
export type DeviceCalls = {
  [Name in DeviceIntentName]: (...params: z.output<Intents[Name]['params']>) => Promise<z.output<Intents[Name]['result']>>;
};

/** The two calls that report over time rather than answer once; in the extension they run over ports. */
export interface DeviceStreams {
  /** Queue the chosen suggestions and send their batches now, reporting progress. */
  send(selection: SuggestionSelection, onProgress?: (progress: SendProgress) => void): Promise<SendSummary>;
  /**
   * Be told whenever the outbox changes, whoever changed it (automatic retry, another tab), so an open send
   * panel never shows a stale "not sent". Returns the function that stops watching.
   */
  watchOutbox(onChange: () => void): () => void;
}

export type DeviceService = DeviceCalls & DeviceStreams;
