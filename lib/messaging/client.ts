import type { z } from 'zod/mini';
import { DEVICE_INTENTS, type DeviceCalls, type DeviceIntentName, type DeviceService } from '../device/contract';
import { parseWith, ProblemError, type SendProgress, type SendSummary, type SuggestionSelection } from '../model';
import { DeviceResponse, SEND_PORT, SendPortMessage, WATCH_PORT, WatchPortMessage } from './contract';
import type { PortLike } from './port';
import { DEVICE_CHANNEL, deviceUnreachable, type Send } from './request';

export type { Send } from './request';
/** Opens a port to the background under the given name. */
export type Connect = (name: string) => PortLike;

/**
 * The device service as seen from a page: every intent travels as a message to the extension's background.
 * Built from the intent table, so no intent can be missing and none can be added here by hand.
 */
export function createRemoteDevice(send: Send, connect: Connect): DeviceService {
  async function call(intent: DeviceIntentName, params: unknown[]): Promise<unknown> {
    let raw: unknown;
    try {
      raw = await send({ channel: DEVICE_CHANNEL, intent, params });
    } catch (error) {
      throw deviceUnreachable(error);
    }
    const answer = parseWith(DeviceResponse, raw, 'answer from the background');
    if (!answer.ok) throw new ProblemError(answer.problem);
    return parseWith(DEVICE_INTENTS[intent].result as z.core.$ZodType, answer.result ?? null, `result of ${intent}`);
  }
  const calls = Object.fromEntries(
    (Object.keys(DEVICE_INTENTS) as DeviceIntentName[]).map((intent) => [intent, (...params: unknown[]) => call(intent, params)]),
  ) as unknown as DeviceCalls;

  function sendOverPort(selection: SuggestionSelection, onProgress?: (progress: SendProgress) => void) {
    return new Promise<SendSummary>((resolve, reject) => {
      let port: PortLike;
      try {
        port = connect(SEND_PORT);
      } catch (error) {
        reject(deviceUnreachable(error));
        return;
      }
      let settled = false;
      port.onMessage.addListener((raw) => {
        const message = parseWith(SendPortMessage, raw, 'message while sending');
        if (message.type === 'progress') return onProgress?.(message.progress);
        settled = true;
        port.disconnect();
        if (message.type === 'done') resolve(message.summary);
        else reject(new ProblemError(message.problem));
      });
      // The suggestions are safe on the device either way: the background's retry sends them later.
      port.onDisconnect.addListener(() => settled || reject(deviceUnreachable()));
      port.postMessage({ selection });
    });
  }

  function watchOverPort(onChange: () => void) {
    let port: PortLike | undefined;
    try {
      port = connect(WATCH_PORT);
      port.onMessage.addListener((raw) => WatchPortMessage.safeParse(raw).success && onChange());
    } catch {
      // Without a background there is nothing to watch; the panel shows what it loaded.
    }
    return () => port?.disconnect();
  }

  return { ...calls, send: sendOverPort, watchOutbox: watchOverPort };
}
