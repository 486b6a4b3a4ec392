import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBoot, askOverlay } from '../../extension/boot-request';
import { isOpenRequest } from '../../extension/open-request';
import { DEFAULT_SITES } from '../../extension/sites';
import { bootOverlay } from '../../overlay/boot';

export default defineContentScript({
  // The demo pages and the Jobcenter portals (extension/sites.ts). Further sites get this script registered
  // at runtime, by the person from the toolbar popup or by IT's policy.
  matches: DEFAULT_SITES,
  runAt: 'document_idle',
  // What runs on every page view: the launcher and the shortcut. The rest (entrypoints/overlay.ts) is
  // injected by the background on first use.
  async main(ctx) {
    // A site allowed just now gets this script both injected into its open tabs and registered: one boot per frame.
    const booted = globalThis as { mitgestaltenBooted?: boolean };
    if (booted.mitgestaltenBooted) return;
    booted.mitgestaltenBooted = true;
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const overlay = await bootOverlay({ doc: document, start: () => askBoot(send, document), loadOverlay: () => askOverlay(send) });
    // The toolbar popup's "annotate this page".
    const onMessage = (message: unknown) => void (isOpenRequest(message) && overlay.open());
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      booted.mitgestaltenBooted = false;
      browser.runtime.onMessage.removeListener(onMessage);
      overlay.remove();
    });
  },
});
