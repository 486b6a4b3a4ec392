import type { DeviceService } from '../device';
import { parseWith } from '../model';
import { DEVICE_CALLS, DeviceRequest, SendRequest, type DeviceCallName, type DeviceResponse, type SendPortMessage } from './contract';
import { errorToMessage, type PortLike } from './port';

type Implementation = Record<DeviceCallName, (...params: never[]) => Promise<unknown>>;

function implementationOf({ suggestions, settings, outbox }: DeviceService): Implementation {
  return {
    'suggestions.add': suggestions.add,
    'suggestions.update': suggestions.update,
    'suggestions.delete': suggestions.delete,
    'suggestions.get': suggestions.get,
    'suggestions.listByPage': suggestions.listByPage,
    'suggestions.listByStatus': suggestions.listByStatus,
    'suggestions.listAll': suggestions.listAll,
    'suggestions.count': suggestions.count,
    'settings.read': settings.read,
    'settings.write': settings.write,
    'outbox.overview': outbox.overview,
    'outbox.exportUnsent': outbox.exportUnsent,
    'outbox.importFile': outbox.importFile,
    'outbox.refreshAnswers': outbox.refreshAnswers,
    'outbox.receipts': outbox.receipts,
  };
}

/** Answer the overlay's calls (runs in the extension's background). Never throws: errors travel back. */
export function createDeviceHandler(device: () => Promise<DeviceService>) {
  return async (message: unknown): Promise<DeviceResponse> => {
    try {
      const request = parseWith(DeviceRequest, message, 'Nachricht an Mitgestalten');
      const params = parseWith(DEVICE_CALLS[request.call].params, request.params, `Parameter von ${request.call}`);
      const call = implementationOf(await device())[request.call] as (...params: unknown[]) => Promise<unknown>;
      return { ok: true, result: await call(...params) };
    } catch (error) {
      return { ok: false, error: errorToMessage(error) };
    }
  };
}

/** Serve one send over a port: progress while it runs, then the summary, or the error. */
export function serveSend(port: PortLike, device: () => Promise<DeviceService>): void {
  let open = true;
  port.onDisconnect.addListener(() => (open = false));
  // The page that asked may be gone (tab closed); the send goes on, it just has nobody to tell.
  const tell = (message: SendPortMessage) => open && port.postMessage(message);
  port.onMessage.addListener(async (message) => {
    try {
      const { selection } = parseWith(SendRequest, message, 'Sendeauftrag');
      const summary = await (await device()).outbox.send(selection, (progress) => tell({ type: 'progress', progress }));
      tell({ type: 'done', summary });
    } catch (error) {
      tell({ type: 'error', error: errorToMessage(error) });
    }
  });
}
