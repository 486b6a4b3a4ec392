import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AUTO_SEND_ALARM, scheduleAutoSend, sendAutomatically } from '../../extension/auto-send';
import { readBacklogConfig, watchBacklogConfig } from '../../extension/backlog-config';
import { serveBoot } from '../../extension/boot-service';
import { isExtensionPage, mayAsk } from '../../extension/device-access';
import { readPolicy, watchPolicy } from '../../extension/policy';
import { applyPolicy, guardLockedSettings } from '../../extension/policy-settings';
import { disableSite, enableSite, restoreSites } from '../../extension/site-access';
import { permissionsGranted, serveSites } from '../../extension/site-service';
import { toPattern } from '../../extension/sites';
import { showUnsent } from '../../extension/toolbar-badge';
import { composeDevice } from '../../lib/device';
import { createDeviceHandler, SEND_PORT, serveSend, serveWatch, WATCH_PORT } from '../../lib/messaging';
import type { Policy } from '../../lib/model';
import { openLocalStore } from '../../lib/store';

const RETRY_ALARM = 'mitgestalten-outbox';
const RETENTION_ALARM = 'mitgestalten-retention';
/** How long a write of settings waits for the browser's policy service before the last known policy decides. */
const POLICY_WAIT_MS = 100;
/** Batches from the extension hold suggestions from several sites; each suggestion names its page. */
const EXTENSION_SITE = 'browser-extension';

// The background owns the suggestions and the outbox: they live in the extension's own IndexedDB, out
// of reach of the pages they were written on. Overlays, the popup and the options page reach them only
// through lib/messaging.
export default defineBackground(() => {
  // IT's policy can take seconds on a browser that just started: nothing that answers a page waits for it.
  // Sending waits for it (the backlog's address); writing settings waits a moment at most (below).
  let known: Policy = {};
  const freshPolicy = () => {
    const read = readPolicy();
    void read.then((current) => (known = current));
    return read;
  };
  let policy: Promise<Policy> = freshPolicy();
  // A write is checked against the policy as it is now; where the browser's policy service is still starting,
  // against the last one known. Locked values are written again when the policy arrives (takePolicy).
  const policyForWrites = () => Promise.race([freshPolicy(), new Promise<Policy>((resolve) => setTimeout(resolve, POLICY_WAIT_MS, known))]);
  const composed = composeDevice({
    openStore: () => openLocalStore(),
    readBacklog: async () => readBacklogConfig(await policy),
    source: { kind: 'extension', version: browser.runtime.getManifest().version, site: EXTENSION_SITE },
    // The service worker is the one context that sends for the whole extension.
    soleSender: true,
  });
  const device = async () => guardLockedSettings(await composed.device(), policyForWrites, (settings) => void scheduleAutoSend(settings));
  const refreshBadge = () => void device().then(showUnsent).catch(() => undefined);

  const handle = createDeviceHandler(device);
  const extensionBase = browser.runtime.getURL('/');
  const refused = Promise.resolve({ ok: false, problem: { code: 'device.refused' } });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const answer =
      serveBoot(message, sender, device) ??
      serveSites(message, isExtensionPage(sender, extensionBase), () => policy) ??
      (mayAsk(sender, message, extensionBase) ? handle(message) : refused);
    // A boot that fails answers nothing: the page then shows no launcher rather than a broken one.
    void answer.then(sendResponse, () => sendResponse(undefined)).finally(refreshBadge);
    return true; // answer asynchronously
  });
  browser.runtime.onConnect.addListener((port) => {
    // Sending and watching the outbox are for the extension's own pages, never for a content script.
    if (port.sender?.id !== browser.runtime.id || !isExtensionPage(port.sender, extensionBase)) return;
    if (port.name === SEND_PORT) serveSend(port, device);
    if (port.name === WATCH_PORT) serveWatch(port, device);
  });

  // A service worker sleeps; alarms wake it: to retry, to send on its own when the person chose that, and
  // once a day to delete what the retention period makes due. `online` retries when the network returns.
  const retryDue = () => void composed.retryDue().catch(() => undefined);
  void browser.alarms.create(RETRY_ALARM, { periodInMinutes: 1 });
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) retryDue();
    if (alarm.name === AUTO_SEND_ALARM) void device().then(sendAutomatically).catch(() => undefined);
    if (alarm.name === RETENTION_ALARM) void device().then((service) => service.deleteExpired()).catch(() => undefined);
  });
  globalThis.addEventListener('online', retryDue);
  browser.runtime.onStartup.addListener(() => void composed.device());

  // Sites: the permission the person granted from the popup brings the content script (the popup may be closed by then).
  browser.permissions.onAdded.addListener(({ origins = [] }) => void policy.then((current) => permissionsGranted(origins, current)).catch(() => undefined));
  browser.permissions.onRemoved.addListener(({ origins = [] }) => void Promise.all(origins.map(disableSite)).catch(() => undefined));
  void restoreSites().catch(() => undefined);

  // What IT set takes effect when it arrives and whenever it changes: settings, sites, the backlog.
  const takePolicy = async (current: Policy) => {
    const service = await composed.device();
    await applyPolicy(service, current);
    await scheduleAutoSend(await service.readSettings());
    await Promise.all((current.allowedSites ?? []).map(toPattern).map((pattern) => pattern && enableSite(pattern)));
    await service.deleteExpired();
  };
  void policy.then(takePolicy).catch(() => undefined);
  watchPolicy(() => {
    policy = freshPolicy();
    composed.reconfigure();
    void policy.then(takePolicy).catch(() => undefined);
  });

  // A new backlog address takes effect at once.
  watchBacklogConfig(composed.reconfigure);
  // The badge follows the outbox, whoever changed it (a send, the retry, an import).
  void device().then((service) => service.watchOutbox(refreshBadge));
  refreshBadge();
});
