import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readBacklogConfig, watchBacklogConfig } from '../../extension/backlog-config';
import { createDeviceService, type DeviceService, type ReadyOutbox } from '../../lib/device';
import { createDeviceHandler, SEND_PORT, serveSend } from '../../lib/messaging';
import { createHttpTransport, createOutbox, keepRetrying } from '../../lib/outbox';
import { openLocalStore, type LocalStore } from '../../lib/store';

const RETRY_ALARM = 'mitgestalten-outbox';
/** Batches from the extension hold suggestions from several sites; each suggestion names its page. */
const EXTENSION_SITE = 'browser-extension';

type RunningOutbox = ReadyOutbox & { stopRetrying(): void };

/** The outbox for the configured backlog (or none): reads the address, then resumes and retries. */
async function startOutbox(store: LocalStore): Promise<RunningOutbox> {
  const config = await readBacklogConfig();
  const transport = config ? createHttpTransport({ endpoint: config.endpoint, ...(config.token ? { token: config.token } : {}) }) : undefined;
  const source = { kind: 'extension' as const, version: browser.runtime.getManifest().version, site: EXTENSION_SITE };
  const outbox = createOutbox({ store, source, ...(transport ? { transport } : {}) });
  // A batch the browser left mid-send goes out again now: same batchId, so the backlog stores it once.
  void outbox.resumeInterrupted();
  return { outbox, canSend: transport !== undefined, stopRetrying: keepRetrying(outbox) };
}

// The background owns the suggestions and the outbox: they live in the extension's own IndexedDB, out
// of reach of the pages they were written on. Overlays reach them only through lib/messaging.
export default defineBackground(() => {
  let opened: Promise<{ store: LocalStore; device: DeviceService }> | undefined;
  let outboxReady: Promise<RunningOutbox> | undefined;

  // Reading IT's policy can take seconds after the browser starts; saving and listing suggestions
  // must not wait for it, so the store opens on its own and only sending waits for the outbox.
  const open = () =>
    (opened ??= openLocalStore().then(
      (store) => {
        outboxReady ??= startOutbox(store);
        return { store, device: createDeviceService(store, () => outboxReady!) };
      },
      (error: unknown) => {
        opened = undefined; // try again on the next call, e.g. after another tab closed
        throw error;
      },
    ));
  const device = async () => (await open()).device;
  const retryDue = () => void open().then(() => outboxReady!).then(({ outbox }) => outbox.retryDue());

  const handle = createDeviceHandler(device);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    void handle(message).then(sendResponse);
    return true; // answer asynchronously
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === SEND_PORT && port.sender?.id === browser.runtime.id) serveSend(port, device);
  });

  // A service worker sleeps; the alarm wakes it to retry, `online` when the network returns.
  void browser.alarms.create(RETRY_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === RETRY_ALARM && retryDue());
  globalThis.addEventListener('online', retryDue);
  browser.runtime.onStartup.addListener(() => void open());

  // A new backlog address takes effect at once.
  watchBacklogConfig(() => {
    void open().then(({ store }) => {
      void outboxReady?.then(({ stopRetrying }) => stopRetrying());
      outboxReady = startOutbox(store);
    });
  });

  void open();
});
