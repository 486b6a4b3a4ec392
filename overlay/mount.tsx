import { panelsCss } from '../components/panels.css';
import type { DeviceService } from '../lib/device';
import type { Handover, MountedOverlay } from './boot';
import { createLocalLink } from './local-link';
import { mountPanels, type MountedPanels } from './mount-panels';
import type { Audience } from './OverlayApp';
import { mountPageAgent, type PanelsHost } from './page-agent';
import { keepOnTop } from './top-layer';
import type { Catalogues } from './preferences';

export interface MountOptions {
  device: DeviceService;
  /** Another language's catalogue, when the person chooses one. */
  loadCatalogue: Catalogues['load'];
  /** Short code of the service, e.g. "WBA", from the embedding configuration. */
  service?: string;
  /**
   * Who the overlay speaks to: caseworkers (the extension, the default) or claimants (the widget), who
   * are told in plain words who reads their suggestions and never see words like file formats.
   */
  audience?: Audience;
  /** The site's privacy notice, linked for claimants. */
  privacyUrl?: string;
  /** Offer files (export, import); the default is on for caseworkers, off for claimants. */
  fileTransfer?: boolean;
}

/**
 * The whole overlay in the page's own document: the page agent and, beside it in the same shadow root, the
 * panels, joined by a local link. This is the widget's shell: it is the Jobcenter's own code on its own
 * page, keeping its data on that origin. (The extension keeps its panels in a frame of its own origin
 * instead, out of the page's reach: extension/panels-frame.ts.)
 */
export async function mountOverlay(handover: Handover, options: MountOptions): Promise<MountedOverlay> {
  const { host, boot, doc } = handover;
  // Above the page's own dialogs and popovers from first use on (the loader leaves this out to stay small).
  const stopKeepingOnTop = keepOnTop(doc, host.element);
  const link = createLocalLink();
  const audience = options.audience ?? 'caseworker';
  let mounted: Promise<MountedPanels> | undefined;
  const panelsHost: PanelsHost = {
    async connect() {
      host.adoptStyles(panelsCss);
      mounted ??= mountPanels(host.panelsContainer, {
        device: options.device,
        link: link.panels,
        catalogues: { initial: { language: boot.language, messages: await boot.catalogue() }, load: options.loadCatalogue },
        browserLanguages: doc.defaultView?.navigator.languages ?? [],
        shell: { audience, fileTransfer: options.fileTransfer ?? audience === 'caseworker', ...(options.privacyUrl ? { privacyUrl: options.privacyUrl } : {}) },
      });
      return link.agent;
    },
    // The panels show themselves, and their dialogs take focus when they open.
    show: () => undefined,
    setDirection: () => undefined,
    remove: () => void mounted?.then((panels) => panels.unmount()),
  };
  const agent = await mountPageAgent(handover, {
    device: options.device,
    panels: panelsHost,
    // Its own chunk: loaded when the person points or lists fields, or at once for this page's markers.
    anchoring: () => import('./page-anchoring'),
    // The URL filter's patterns: beside the first panel, which shows without them.
    describePage: () => import('../lib/compose/describe-page').then((module) => module.describePage),
    ...(options.service ? { service: options.service } : {}),
  });
  return {
    ...agent,
    unmount() {
      agent.unmount();
      stopKeepingOnTop();
    },
  };
}
