import { effect } from '@preact/signals';
import { render } from 'preact';
import { panelsCss } from '../components/panels.css';
import type { DeviceService } from '../lib/device';
import type { Handover, MountedOverlay } from './boot';
import { OverlayApp, type Audience } from './OverlayApp';
import { startPicker } from './picker';
import type { Catalogues } from './preferences';
import { createOverlayState } from './state';

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
 * The rest of the overlay, taking over from the boot (overlay/boot.ts): the panels and markers in the
 * boot's shadow host, pointing mode while picking, and the launcher it already shows. Both shells (the
 * extension, the widget) call only this, on first use. `unmount` removes every trace again.
 */
export async function mountOverlay({ doc, host, dock, boot, isOwnNode, focusMemory }: Handover, options: MountOptions): Promise<MountedOverlay> {
  host.adoptStyles(panelsCss);
  const catalogues: Catalogues = { initial: { language: boot.language, messages: boot.catalogue }, load: options.loadCatalogue };
  const state = createOverlayState({ device: options.device, doc, ...(options.service ? { service: options.service } : {}), isOwnNode, catalogues, focusMemory });

  const stopPickerWhenDone = effect(() => {
    if (state.panel.value !== 'picking') return;
    const trackSelection = () => {
      const selection = doc.getSelection();
      const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      state.pointing.selection.value = range && range.toString().trim() ? range.cloneRange() : null;
    };
    doc.addEventListener('selectionchange', trackSelection);
    const stopPicker = startPicker(doc, {
      isOwnNode,
      onHover: (element) => (state.pointing.hovered.value = element),
      onPickElement: (element) => state.choose(element),
      onPickText: (range) => state.choose(range),
      onCancel: () => state.cancelPicking(),
    });
    return () => {
      doc.removeEventListener('selectionchange', trackSelection);
      stopPicker();
    };
  });

  // The boot's launcher now shows what the overlay knows: this page's count, the chosen language and corner.
  const stopDock = effect(() => {
    const language = state.preferences.language.value;
    dock.render({
      t: state.t.value,
      lang: language,
      dir: state.preferences.direction.value,
      count: state.page.onPage.value.length,
      preferred: state.preferences.launcher.value,
    });
    dock.setVisible(state.panel.value === 'closed');
  });

  const onResize = () => state.page.refresh();
  const view = doc.defaultView ?? window;
  view.addEventListener('resize', onResize);

  const takeSelection = () => {
    const range = state.pointing.selection.value;
    if (range) state.choose(range);
  };

  const audience = options.audience ?? 'caseworker';
  const shell = { audience, fileTransfer: options.fileTransfer ?? audience === 'caseworker', ...(options.privacyUrl ? { privacyUrl: options.privacyUrl } : {}) };
  render(<OverlayApp state={state} shell={shell} onFocusLauncher={dock.focus} onTakeSelection={takeSelection} />, host.container);
  await state.start();

  return {
    openMenu(from) {
      if (state.panel.value === 'closed') state.openMenu(from);
    },
    close() {
      if (state.panel.value !== 'closed') state.close();
    },
    toggleLauncherSize: () => void state.preferences.setLauncher({ collapsed: !state.preferences.launcher.value.collapsed }),
    moveLauncher: (corner) => void state.preferences.setLauncher({ corner }),
    unmount() {
      view.removeEventListener('resize', onResize);
      stopPickerWhenDone();
      stopDock();
      state.stop();
      render(null, host.container);
    },
  };
}
