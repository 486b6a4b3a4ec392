import { effect } from '@preact/signals';
import { render } from 'preact';
import type { DeviceService } from '../lib/device';
import type { PanelsEnd } from './link';
import { loadPanelViews, OverlayApp, type ShellWording } from './OverlayApp';
import type { Catalogues } from './preferences';
import { createOverlayState } from './state';

export interface PanelsOptions {
  device: DeviceService;
  /** The panels' end of the link to the page agent. */
  link: PanelsEnd;
  catalogues: Catalogues;
  browserLanguages: readonly string[];
  /** Who the panels speak to (the extension's caseworkers, the widget's claimants) and whether files are offered. */
  shell: ShellWording;
}

/**
 * The panels (menu, form, review, lists, sending), rendered into `container`: in the extension the body of a
 * frame of its own origin, in the widget a node of the overlay's shadow root. They tell the page agent which
 * panel shows and what the launcher should say; everything else stays here.
 */
export interface MountedPanels {
  /** Close what is open, as Escape in a dialog does (unsaved text is asked about first). */
  close(): void;
  unmount(): void;
}

export async function mountPanels(container: HTMLElement, options: PanelsOptions): Promise<MountedPanels> {
  const doc = container.ownerDocument;
  const state = createOverlayState({ device: options.device, link: options.link, doc, catalogues: options.catalogues, browserLanguages: options.browserLanguages });
  const tellPanel = effect(() => options.link.send({ type: 'panel', panel: state.panel.value }));
  const tellLauncher = effect(() =>
    options.link.send({
      type: 'launcher',
      language: state.preferences.language.value,
      catalogue: state.preferences.messages.value,
      placement: state.preferences.launcher.value,
    }),
  );
  const tellAnnouncement = effect(() => {
    const said = state.announcement.value;
    if (said) options.link.send({ type: 'announce', text: said.text });
  });
  // The other panels' views load as soon as any panel opens: the menu shows without waiting for them.
  const loadViews = effect(() => {
    if (state.panel.value !== 'closed') void loadPanelViews().catch(() => undefined);
  });
  render(<OverlayApp state={state} shell={options.shell} />, container);
  // The first panel shows without waiting for the device (settings, a kept draft): they come in behind it.
  void state.start();
  return {
    close: () => state.panel.peek() !== 'closed' && state.close(),
    unmount() {
      tellPanel();
      tellLauncher();
      tellAnnouncement();
      loadViews();
      state.stop();
      render(null, container);
    },
  };
}
