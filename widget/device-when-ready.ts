import type { DeviceIntentName, DeviceService } from '../lib/device';

/**
 * The device service before the device is there: every call waits for it, then goes through unchanged. The
 * panels render the first one while the store, zod and the outbox load beside them; what needs the device
 * (a count, saving, sending) waits for it, and fails as the device would if it cannot open.
 */
export function deviceWhenReady(ready: Promise<DeviceService>): DeviceService {
  // Whoever calls hears of a device that could not open; the page does not (no unhandled rejection).
  ready.catch(() => undefined);
  const call = <Name extends DeviceIntentName>(name: Name): DeviceService[Name] =>
    (async (...params: unknown[]) => ((await ready)[name] as (...args: unknown[]) => Promise<unknown>)(...params)) as DeviceService[Name];
  // Every intent is named here: the type below refuses a table that lacks one.
  return {
    save: call('save'),
    editTexts: call('editTexts'),
    withdraw: call('withdraw'),
    listPage: call('listPage'),
    listAll: call('listAll'),
    readSettings: call('readSettings'),
    keepDraft: call('keepDraft'),
    readDraft: call('readDraft'),
    writeSettings: call('writeSettings'),
    overview: call('overview'),
    exportUnsent: call('exportUnsent'),
    importFile: call('importFile'),
    refreshAnswers: call('refreshAnswers'),
    receipts: call('receipts'),
    tally: call('tally'),
    deleteExpired: call('deleteExpired'),
    deleteAllData: call('deleteAllData'),
    send: async (selection, onProgress) => (await ready).send(selection, onProgress),
    watchOutbox(onChange) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void ready.then((device) => {
        if (!stopped) stop = device.watchOutbox(onChange);
      }, () => undefined);
      return () => {
        stopped = true;
        stop?.();
      };
    },
  } satisfies DeviceService;
}
