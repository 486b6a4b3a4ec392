import { panelsCss } from '../components/panels.css';
import type { DeviceService } from '../lib/device';
import type { Handover, MountedOverlay } from './boot';
import { createLocalLink } from './link';
import { mountPanels } from './mount-panels';
import { mountPageAgent, type PanelsHost } from './page-agent';
import type { Catalogues } from './preferences';

export interface MountOptions {
  device: DeviceService;
  /** Another language's catalogue, when the person chooses one. */
  loadCatalogue: Catalogues['load'];
  /** Short code of the service, e.g. "WBA", from the embedding configuration. */
  service?: string;
}

/**
 * The whole overlay in the page's own document: the page agent and, beside it in the same shadow root, the
 * panels, joined by a local link. This is the widget's shell: it is the Jobcenter's own code on its own
 * page, keeping its data on that origin. (The extension keeps its panels in a frame of its own origin
 * instead, out of the page's reach: extension/panels-frame.ts.)
 */
export function mountOverlay(handover: Handover, options: MountOptions): Promise<MountedOverlay> {
  const { host, boot, doc } = handover;
  const { agent, panels } = createLocalLink();
  let mounted: Promise<() => void> | undefined;
  const panelsHost: PanelsHost = {
    async connect() {
      host.adoptStyles(panelsCss);
      mounted ??= mountPanels(host.panelsContainer, {
        device: options.device,
        link: panels,
        catalogues: { initial: { language: boot.language, messages: boot.catalogue }, load: options.loadCatalogue },
        browserLanguages: doc.defaultView?.navigator.languages ?? [],
      });
      return agent;
    },
    // The panels show themselves, and their dialogs take focus when they open.
    show: () => undefined,
    resize: () => undefined,
    setDirection: () => undefined,
    remove: () => void mounted?.then((unmount) => unmount()),
  };
  return mountPageAgent(handover, { device: options.device, panels: panelsHost, ...(options.service ? { service: options.service } : {}) });
}
