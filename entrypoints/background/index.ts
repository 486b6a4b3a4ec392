import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readBacklogConfig, watchBacklogConfig } from '../../extension/backlog-config';
import { serveBoot } from '../../extension/boot-service';
import { isExtensionPage, mayAsk } from '../../extension/device-access';
import { composeDevice } from '../../lib/device';
import { createDeviceHandler, SEND_PORT, serveSend, serveWatch, WATCH_PORT } from '../../lib/messaging';
import { openLocalStore } from '../../lib/store';

const RETRY_ALARM = 'mitgestalten-outbox';
/** Batches from the extension hold suggestions from several sites; each suggestion names its page. */
const EXTENSION_SITE = 'browser-extension';

// The background owns the suggestions and the outbox: they live in the extension's own IndexedDB, out
// of reach of the pages they were written on. Overlays reach them only through lib/messaging.
export default defineBackground(() => {
  const composed = composeDevice({
    openStore: () => openLocalStore(),
    readBacklog: readBacklogConfig,
    source: { kind: 'extension', version: browser.runtime.getManifest().version, site: EXTENSION_SITE },
    // The service worker is the one context that sends for the whole extension.
    soleSender: true,
  });

  const handle = createDeviceHandler(composed.device);
  const extensionBase = browser.runtime.getURL('/');
  const refused = Promise.resolve({ ok: false, problem: { code: 'device.refused' } });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const answer = serveBoot(message, sender, composed.device) ?? (mayAsk(sender, message, extensionBase) ? handle(message) : refused);
    // A boot that fails answers nothing: the page then shows no launcher rather than a broken one.
    void answer.then(sendResponse, () => sendResponse(undefined));
    return true; // answer asynchronously
  });
  browser.runtime.onConnect.addListener((port) => {
    // Sending and watching the outbox are for the extension's own pages, never for a content script.
    if (port.sender?.id !== browser.runtime.id || !isExtensionPage(port.sender, extensionBase)) return;
    if (port.name === SEND_PORT) serveSend(port, composed.device);
    if (port.name === WATCH_PORT) serveWatch(port, composed.device);
  });

  // A service worker sleeps; the alarm wakes it to retry, `online` when the network returns.
  const retryDue = () => void composed.retryDue().catch(() => undefined);
  void browser.alarms.create(RETRY_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === RETRY_ALARM && retryDue());
  globalThis.addEventListener('online', retryDue);
  browser.runtime.onStartup.addListener(() => void composed.device());

  // A new backlog address takes effect at once.
  watchBacklogConfig(composed.reconfigure);

  void composed.device();
});
