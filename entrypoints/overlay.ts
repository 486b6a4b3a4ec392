import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_GLOBAL, type Mount } from '../extension/boot-request';
import { agentLinkOverPort } from '../extension/link-port';
import { panelsFrameOf } from '../extension/panels-frame';
import { requestUnchecked } from '../lib/messaging/request';
import { describePage } from '../lib/compose/describe-page';
import * as anchoring from '../overlay/page-anchoring';
import { mountPageAgent } from '../overlay/page-agent';

// The page agent, injected by the background into the extension's own world of the page on first use
// (extension/boot-service.ts): pointing, this page's markers, the list of the page's fields. The panels it
// opens live in a frame of the extension's origin (extension/panels-frame.ts). It leaves its mount function
// where the boot picks it up.
export default defineUnlistedScript(() => {
  const mount: Mount = (handover) => {
    // The boot may have started loading the frame already, when the pointer reached the launcher.
    const frame = panelsFrameOf(handover.host.panelsContainer, () => handover.boot.language);
    return mountPageAgent(handover, {
      // The background answers a content script nothing but this page's suggestions (extension/device-access.ts),
      // and its answers are not parsed here (lib/messaging/request.ts says why).
      device: { listPage: (page) => requestUnchecked((message) => browser.runtime.sendMessage(message), 'listPage', [page]) },
      panels: { ...frame, connect: async () => agentLinkOverPort(await frame.port()) },
      // Injected as one script: the agent carries its anchoring.
      anchoring: async () => anchoring,
      describePage: async () => describePage,
    });
  };
  (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL] = mount;
});
