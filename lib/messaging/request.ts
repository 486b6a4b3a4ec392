import type { DeviceCalls, DeviceIntentName } from '../device/contract';
import { ProblemError } from '../model/problem-error';
import type { DeviceRequest, DeviceResponse } from './contract';

/** The channel every device request names; the background's handler checks it on arrival (contract.ts). */
export const DEVICE_CHANNEL = 'mitgestalten/device';

/** Delivers one request to the background and resolves with its raw answer. */
export type Send = (request: DeviceRequest) => Promise<unknown>;

/**
 * The background could not be reached, or went away mid-call (the browser stopped its service worker, the
 * extension was updated). Said as a code, never as the browser's own English words.
 */
export const deviceUnreachable = (cause?: unknown) => new ProblemError({ code: 'device.unreachable' }, { cause });

/**
 * One device request whose answer is taken as the background gives it, not parsed: for the page agent alone.
 *
 * A message is parsed where it enters a more trusted context: the background parses every request, the panels'
 * frame everything the content script sends. The page agent runs in the page's renderer, the least trusted of the
 * extension's contexts, and asks only the background, which answers from its own checked store. Parsing here would
 * protect nothing an attacker can reach, and would put zod and every schema of lib/model, a third of the agent,
 * into the agent's evaluation on the first click (createRemoteDevice, client.ts, is the checked client).
 */
export async function requestUnchecked<I extends DeviceIntentName>(send: Send, intent: I, params: Parameters<DeviceCalls[I]>): Promise<Awaited<ReturnType<DeviceCalls[I]>>> {
  let answer: DeviceResponse | undefined;
  try {
    answer = (await send({ channel: DEVICE_CHANNEL, intent, params })) as DeviceResponse | undefined;
  } catch (error) {
    throw deviceUnreachable(error);
  }
  if (!answer?.ok) throw new ProblemError(answer?.problem ?? { code: 'device.unexpected' });
  // Chrome's runtime messages travel as JSON: a result of `undefined` arrives as a missing key.
  return (answer.result ?? null) as Awaited<ReturnType<DeviceCalls[I]>>;
}
