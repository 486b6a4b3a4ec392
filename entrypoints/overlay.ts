import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askCatalogue, OVERLAY_GLOBAL, type Mount } from '../extension/boot-request';
import { createRemoteDevice } from '../lib/messaging';
import { mountOverlay } from '../overlay/mount';

// The rest of the overlay, injected by the background into the extension's own world of one frame on
// first use (extension/boot-service.ts). It leaves its mount function where the boot picks it up.
export default defineUnlistedScript(() => {
  const send = (message: unknown) => browser.runtime.sendMessage(message);
  const device = createRemoteDevice(send, (name) => browser.runtime.connect({ name }));
  const mount: Mount = (handover) => mountOverlay(handover, { device, loadCatalogue: (language) => askCatalogue(send, language) });
  (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL] = mount;
});
