import { z } from 'zod/mini';
import { DEVICE_INTENTS, type DeviceIntentName } from '../device/contract';
import { Problem, SendProgress, SendSummary, SuggestionSelection } from '../model';
import { DEVICE_CHANNEL } from './request';

/**
 * The envelopes in which the device service's intents (lib/device/contract.ts) travel between an overlay
 * and the extension's background. Each is checked on arrival at both ends.
 */
export const DeviceRequest = z.object({
  channel: z.literal(DEVICE_CHANNEL),
  intent: z.enum(Object.keys(DEVICE_INTENTS) as [DeviceIntentName, ...DeviceIntentName[]]),
  params: z.array(z.unknown()),
});

export const DeviceResponse = z.discriminatedUnion('ok', [
  // Chrome's runtime messages travel as JSON: a result of `undefined` arrives as a missing key.
  z.object({ ok: z.literal(true), result: z.optional(z.unknown()) }),
  z.object({ ok: z.literal(false), problem: Problem }),
]);

/** Sending runs over a port: the background reports progress until the summary arrives. */
export const SEND_PORT = 'mitgestalten/send';
export const SendRequest = z.object({ selection: SuggestionSelection });
export const SendPortMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: SendProgress }),
  z.object({ type: z.literal('done'), summary: SendSummary }),
  z.object({ type: z.literal('error'), problem: Problem }),
]);

/** While a panel is open it keeps this port: the background says when the outbox changed. */
export const WATCH_PORT = 'mitgestalten/watch-outbox';
export const WatchPortMessage = z.object({ type: z.literal('outbox-changed') });

export type DeviceRequest = z.infer<typeof DeviceRequest>;
export type DeviceResponse = z.infer<typeof DeviceResponse>;
export type SendPortMessage = z.infer<typeof SendPortMessage>;
