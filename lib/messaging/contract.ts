import { z } from 'zod';
import {
  ExportFile,
  ImportReport,
  LocalStatus,
  OutboxOverview,
  SendProgress,
  SendSummary,
  Settings,
  StoredReceipt,
  StoredSuggestion,
  Suggestion,
  SuggestionPatch,
  SuggestionSelection,
} from '../model';

/**
 * Every call the overlay in a page may make to the extension's background, which owns the store and
 * the outbox. Keeping the suggestions in the extension's own IndexedDB (not the host page's) means the
 * page can never read them. Each entry names the parameters and the result, both checked on arrival.
 */
export const DEVICE_CALLS = {
  'suggestions.add': { params: z.tuple([Suggestion, LocalStatus.optional()]), result: StoredSuggestion },
  'suggestions.update': { params: z.tuple([z.uuid(), SuggestionPatch]), result: StoredSuggestion },
  'suggestions.delete': { params: z.tuple([z.uuid()]), result: z.undefined() },
  'suggestions.get': { params: z.tuple([z.uuid()]), result: StoredSuggestion.optional() },
  'suggestions.listByPage': { params: z.tuple([z.string()]), result: z.array(StoredSuggestion) },
  'suggestions.listByStatus': { params: z.tuple([LocalStatus]), result: z.array(StoredSuggestion) },
  'suggestions.listAll': { params: z.tuple([]), result: z.array(StoredSuggestion) },
  'suggestions.count': {
    params: z.tuple([z.object({ pageUrl: z.string().optional(), status: LocalStatus.optional() }).optional()]),
    result: z.number().int().nonnegative(),
  },
  'settings.read': { params: z.tuple([]), result: Settings },
  'settings.write': { params: z.tuple([Settings.partial()]), result: Settings },
  'outbox.overview': { params: z.tuple([]), result: OutboxOverview },
  'outbox.exportUnsent': { params: z.tuple([z.enum(['json', 'csv'])]), result: z.array(ExportFile) },
  'outbox.importFile': { params: z.tuple([z.string()]), result: ImportReport },
  'outbox.refreshAnswers': { params: z.tuple([]), result: z.number().int().nonnegative() },
  'outbox.receipts': { params: z.tuple([]), result: z.array(StoredReceipt) },
} as const;

export type DeviceCallName = keyof typeof DEVICE_CALLS;

export const DeviceRequest = z.object({
  channel: z.literal('mitgestalten/device'),
  call: z.enum(Object.keys(DEVICE_CALLS) as [DeviceCallName, ...DeviceCallName[]]),
  params: z.array(z.unknown()),
});

const ErrorShape = z.object({ name: z.string(), kind: z.string().optional(), message: z.string() });

export const DeviceResponse = z.discriminatedUnion('ok', [
  // Chrome's runtime messages travel as JSON: a result of `undefined` (delete, get of nothing)
  // arrives as a missing key, which zod 4 rejects unless the key is optional.
  z.object({ ok: z.literal(true), result: z.unknown().optional() }),
  z.object({ ok: z.literal(false), error: ErrorShape }),
]);

/** Sending runs over a port: the background reports progress until the summary arrives. */
export const SEND_PORT = 'mitgestalten/send';
export const SendRequest = z.object({ selection: SuggestionSelection });
export const SendPortMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: SendProgress }),
  z.object({ type: z.literal('done'), summary: SendSummary }),
  z.object({ type: z.literal('error'), error: ErrorShape }),
]);

export type DeviceRequest = z.infer<typeof DeviceRequest>;
export type DeviceResponse = z.infer<typeof DeviceResponse>;
export type SendPortMessage = z.infer<typeof SendPortMessage>;
