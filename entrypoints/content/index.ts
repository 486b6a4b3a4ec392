import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createRemoteDevice } from '../../lib/messaging';
import { mountOverlay } from '../../overlay/mount';

export default defineContentScript({
  // The demo pages and the Jobcenter portals the extension is deployed for. IT adds its own
  // applications through the managed policy.
  matches: ['http://localhost/*', 'http://127.0.0.1/*', 'https://*.jobcenter.digital/*', 'https://*.jobcenter-ge.de/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const device = createRemoteDevice(
      (request) => browser.runtime.sendMessage(request),
      (name) => browser.runtime.connect({ name }),
    );
    const unmount = await mountOverlay({ device, doc: document });
    ctx.onInvalidated(unmount);
  },
});
