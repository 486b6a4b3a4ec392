import type { DeviceCalls, DeviceService } from '../device';
import { DEVICE_INTENTS } from '../device/contract';
// Errors travel as their problem code: ports and messages carry no Error objects, and no sentences.
import { parseWith, problemOf } from '../model';
import { DeviceRequest, SendRequest, type DeviceResponse, type SendPortMessage } from './contract';
import type { PortLike } from './port';

/** Answer the overlay's intents (runs in the extension's background). Never throws: problems travel back. */
export function createDeviceHandler(device: () => Promise<DeviceService>) {
  return async (message: unknown): Promise<DeviceResponse> => {
    try {
      const request = parseWith(DeviceRequest, message, 'message to the background');
      const params = parseWith(DEVICE_INTENTS[request.intent].params, request.params, `parameters of ${request.intent}`);
      const intent = (await device())[request.intent] as (...params: unknown[]) => ReturnType<DeviceCalls[typeof request.intent]>;
      return { ok: true, result: await intent(...params) };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
  };
}

/** Serve one send over a port: progress while it runs, then the summary, or the problem. */
export function serveSend(port: PortLike, device: () => Promise<DeviceService>): void {
  let open = true;
  port.onDisconnect.addListener(() => (open = false));
  // The page that asked may be gone (tab closed); the send goes on, it just has nobody to tell.
  const tell = (message: SendPortMessage) => open && port.postMessage(message);
  port.onMessage.addListener(async (message) => {
    try {
      const { selection } = parseWith(SendRequest, message, 'send request');
      const summary = await (await device()).send(selection, (progress) => tell({ type: 'progress', progress }));
      tell({ type: 'done', summary });
    } catch (error) {
      tell({ type: 'error', problem: problemOf(error) });
    }
  });
}

/** Tell an open panel whenever the outbox changes, until it closes its port. */
export function serveWatch(port: PortLike, device: () => Promise<DeviceService>): void {
  let stop: (() => void) | undefined;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
    stop?.();
  });
  void device().then((service) => {
    if (open) stop = service.watchOutbox(() => port.postMessage({ type: 'outbox-changed' }));
  });
}
