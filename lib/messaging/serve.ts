import { parseWith } from '../model';
import type { LocalStore } from '../store';
import { STORE_CALLS, StoreRequest, type StoreCallName, type StoreResponse } from './contract';

type Implementation = Record<StoreCallName, (...params: never[]) => Promise<unknown>>;

function implementationOf(store: LocalStore): Implementation {
  const { suggestions, settings } = store;
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
  };
}

/** Answer store calls from the overlay (runs in the extension's background). Never throws. */
export function createStoreHandler(store: () => Promise<LocalStore>) {
  return async (message: unknown): Promise<StoreResponse> => {
    try {
      const request = parseWith(StoreRequest, message, 'Nachricht an den Speicher');
      const params = parseWith(STORE_CALLS[request.call].params, request.params, `Parameter von ${request.call}`);
      const call = implementationOf(await store())[request.call] as (...params: unknown[]) => Promise<unknown>;
      return { ok: true, result: await call(...params) };
    } catch (error) {
      const { name = 'Error', message = String(error), kind } = error as { name?: string; message?: string; kind?: string };
      return { ok: false, error: { name, message, ...(kind ? { kind } : {}) } };
    }
  };
}
