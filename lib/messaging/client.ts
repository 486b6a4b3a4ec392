import type { z } from 'zod';
import { parseWith } from '../model';
import { StoreError, type LocalStore, type StoreErrorKind } from '../store';
import { STORE_CALLS, StoreResponse, type StoreCallName, type StoreRequest } from './contract';

/** Delivers one request to the store's owner and resolves with its raw answer. */
export type Send = (request: StoreRequest) => Promise<unknown>;

type RemoteStore = Omit<LocalStore, 'close'>;

/**
 * A LocalStore whose calls travel as messages (content script → extension background). The overlay
 * cannot tell it from a store it opened itself, which is what lets the widget and the extension share it.
 */
export function createRemoteStore(send: Send): RemoteStore {
  function call<N extends StoreCallName>(name: N) {
    return async (...params: unknown[]): Promise<z.output<(typeof STORE_CALLS)[N]['result']>> => {
      const answer = parseWith(StoreResponse, await send({ channel: 'mitgestalten/store', call: name, params }), 'Antwort des Speichers');
      if (!answer.ok) {
        const { name: errorName, kind, message } = answer.error;
        if (errorName === 'StoreError' && kind) throw new StoreError(kind as StoreErrorKind);
        throw Object.assign(new Error(message), { name: errorName });
      }
      return parseWith(STORE_CALLS[name].result, answer.result, `Antwort auf ${name}`) as z.output<(typeof STORE_CALLS)[N]['result']>;
    };
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
    settings: {
      read: call('settings.read'),
      write: call('settings.write'),
    },
  } as RemoteStore;
}
