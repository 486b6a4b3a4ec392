import { z } from 'zod';
import { LocalStatus, Settings, StoredSuggestion, Suggestion } from '../model';

const SuggestionPatch = z.object({
  status: LocalStatus.optional(),
  batchId: z.uuid().optional(),
  receiptCode: z.string().optional(),
  suggestion: Suggestion.pick({ authorRole: true, target: true, category: true, problem: true, proposal: true, language: true, redactions: true })
    .partial()
    .optional(),
});

/**
 * Every call the overlay in a page may make to the extension's background, which owns the store.
 * Keeping the suggestions in the extension's own IndexedDB (not the host page's) means the page can
 * never read them. Each entry names the parameters and the result, both checked on arrival.
 */
export const STORE_CALLS = {
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
} as const;

export type StoreCallName = keyof typeof STORE_CALLS;

export const StoreRequest = z.object({
  channel: z.literal('mitgestalten/store'),
  call: z.enum(Object.keys(STORE_CALLS) as [StoreCallName, ...StoreCallName[]]),
  params: z.array(z.unknown()),
});

export const StoreResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ name: z.string(), kind: z.string().optional(), message: z.string() }) }),
]);

export type StoreRequest = z.infer<typeof StoreRequest>;
export type StoreResponse = z.infer<typeof StoreResponse>;
