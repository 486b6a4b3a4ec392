import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { askBoot, askOverlay } from '../../extension/boot-request';
import { bootOverlay } from '../../overlay/boot';
import { hasWidget } from '../../overlay/widget-marker';

export default defineContentScript({
  // The demo pages and the Jobcenter portals the extension is deployed for. IT adds its own
  // applications through the managed policy.
  matches: ['http://localhost/*', 'http://127.0.0.1/*', 'https://*.jobcenter.digital/*', 'https://*.jobcenter-ge.de/*'],
  runAt: 'document_idle',
  // What runs on every page view: the launcher and the shortcut. The rest (entrypoints/overlay.ts) is
  // injected by the background on first use.
  async main(ctx) {
    // A page that embeds the widget shows the widget only; what is written there stays on that site.
    if (hasWidget(document)) return;
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const overlay = await bootOverlay({ doc: document, start: () => askBoot(send, document), loadOverlay: () => askOverlay(send) });
    ctx.onInvalidated(overlay.remove);
  },
});
