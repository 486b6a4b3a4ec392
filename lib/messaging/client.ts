import type { z } from 'zod';
import type { DeviceService } from '../device';
import { parseWith, type SendProgress, type SendSummary, type SuggestionSelection } from '../model';
import { StoreError, type StoreErrorKind } from '../store';
import { DEVICE_CALLS, DeviceResponse, SEND_PORT, SendPortMessage, type DeviceCallName, type DeviceRequest } from './contract';
import type { PortLike } from './port';

/** Delivers one request to the background and resolves with its raw answer. */
export type Send = (request: DeviceRequest) => Promise<unknown>;
/** Opens a port to the background under the given name. */
export type Connect = (name: string) => PortLike;

function toError({ name, kind, message }: { name: string; kind?: string; message: string }): Error {
  if (name === 'StoreError' && kind) return new StoreError(kind as StoreErrorKind);
  return Object.assign(new Error(message), { name, ...(kind ? { kind } : {}) });
}

/**
 * The device service as seen from a page: every call travels as a message to the extension's
 * background. The overlay cannot tell it from the service the widget opens itself.
 */
export function createRemoteDevice(send: Send, connect: Connect): DeviceService {
  function call<N extends DeviceCallName>(name: N) {
    return async (...params: unknown[]): Promise<z.output<(typeof DEVICE_CALLS)[N]['result']>> => {
      const answer = parseWith(DeviceResponse, await send({ channel: 'mitgestalten/device', call: name, params }), 'Antwort von Mitgestalten');
      if (!answer.ok) throw toError(answer.error);
      return parseWith(DEVICE_CALLS[name].result, answer.result, `Antwort auf ${name}`) as z.output<(typeof DEVICE_CALLS)[N]['result']>;
    };
  }

  function sendOverPort(selection: SuggestionSelection, onProgress?: (progress: SendProgress) => void) {
    return new Promise<SendSummary>((resolve, reject) => {
      const port = connect(SEND_PORT);
      let settled = false;
      port.onMessage.addListener((raw) => {
        const message = parseWith(SendPortMessage, raw, 'Nachricht beim Senden');
        if (message.type === 'progress') return onProgress?.(message.progress);
        settled = true;
        port.disconnect();
        if (message.type === 'done') resolve(message.summary);
        else reject(toError(message.error));
      });
      port.onDisconnect.addListener(() => {
        if (!settled) reject(new Error('Die Verbindung zu Mitgestalten wurde unterbrochen. Ihre Vorschläge sind gespeichert und werden später gesendet.'));
      });
      port.postMessage({ selection });
    });
  }

  return {
    suggestions: {
      add: call('suggestions.add'),
      update: call('suggestions.update'),
      delete: call('suggestions.delete') as (id: string) => Promise<void>,
      get: call('suggestions.get'),
      listByPage: call('suggestions.listByPage'),
      listByStatus: call('suggestions.listByStatus'),
      listAll: call('suggestions.listAll'),
      count: call('suggestions.count'),
    },
    settings: { read: call('settings.read'), write: call('settings.write') },
    outbox: {
      overview: call('outbox.overview'),
      send: sendOverPort,
      exportUnsent: call('outbox.exportUnsent'),
      importFile: call('outbox.importFile'),
      refreshAnswers: call('outbox.refreshAnswers'),
      receipts: call('outbox.receipts'),
    },
  } as DeviceService;
}
