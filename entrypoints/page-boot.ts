import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askBoot, askOverlay } from '../extension/boot-request';
import { OPEN_OVERLAY_GLOBAL } from '../extension/open-request';
import { panelsFrameOf } from '../extension/panels-frame';
import { bootOverlay } from '../overlay/boot';
import { extensionHost } from '../overlay/host';
import { keepOnTop } from '../overlay/top-layer';
import { hasWidget } from '../overlay/widget-marker';

// What runs on every page view of an allowed site (the manifest's content_scripts, wxt.config.ts, and the
// scripts registered for sites allowed at runtime): the launcher and the shortcut. The page agent
// (entrypoints/overlay.ts) is injected by the background on first use; the panels load in a frame of the
// extension's own origin. A plain script rather than WXT's content script wrapper: that wrapper announces every
// start to the page with window.postMessage (telling any page that the extension is installed) and lets a page
// replay the announcement to stop the overlay.
export default defineUnlistedScript(async () => {
  // A page that embeds the widget shows the widget only; what is written there stays on that site.
  if (hasWidget(document)) return;
  // A site allowed just now gets this script both injected into its open tabs and registered: one boot per frame.
  const booted = globalThis as { mitgestaltenBooted?: boolean };
  if (booted.mitgestaltenBooted) return;
  booted.mitgestaltenBooted = true;
  const send = (message: unknown) => browser.runtime.sendMessage(message);
  const overlay = await bootOverlay({
    doc: document,
    host: extensionHost(document),
    start: () => askBoot(send, document),
    loadOverlay: () => askOverlay(send),
    keepOnTop,
    // The panels' frame starts loading with the page agent, as soon as the pointer reaches the launcher.
    prepare: (host, boot) => void panelsFrameOf(host.panelsContainer, () => boot.language).port().catch(() => undefined),
  });
  // The toolbar popup's "annotate this page" (extension/open-request.ts).
  (globalThis as Record<string, unknown>)[OPEN_OVERLAY_GLOBAL] = () => overlay.open();
});
