import { effect } from '@preact/signals';
import { render } from 'preact';
import { createOverlayHost } from './host';
import { OverlayApp } from './OverlayApp';
import { boxAt, COLLAPSED_SIZE, CORNERS, coversPageControl, freeCorner, type Size } from './launcher-placement';
import { startPicker } from './picker';
import { createOverlayState, type OverlayOptions } from './state';

/** Wait this long after scrolling or resizing stops before checking the launcher's corner again. */
const SETTLE_MS = 150;

/**
 * Put the overlay on a page: the shadow host, the Preact tree, pointing mode while picking, a
 * launcher that keeps clear of the page's controls. Both shells (extension, widget) call only this.
 * Returns a function that removes every trace again.
 */
export async function mountOverlay(options: Omit<OverlayOptions, 'isOwnNode'>): Promise<() => void> {
  const { doc } = options;
  const view = doc.defaultView ?? window;
  const host = createOverlayHost(doc);
  const isOwnNode = (node: EventTarget | null) => node === host.element;
  const state = createOverlayState({ ...options, isOwnNode });

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

  /** The launcher's size in each form, as last measured: only the form on screen can be measured. */
  const sizes: { full?: Size; collapsed?: Size } = {};
  function placeLauncher() {
    const preferred = state.preferences.launcher.value;
    const dock = host.container.querySelector('.mg-dock');
    if (!dock) return;
    const { width, height } = dock.getBoundingClientRect();
    sizes[state.launcherPlacement.value.collapsed ? 'collapsed' : 'full'] = { width, height };
    const viewport = { width: doc.documentElement.clientWidth, height: view.innerHeight };
    const direction = state.preferences.direction.value;
    const free = (size: Size) => freeCorner(preferred.corner, (candidate) => !coversPageControl(doc, boxAt(candidate, size, viewport, direction), isOwnNode));
    if (!preferred.collapsed) {
      if (!sizes.full) {
        // Not yet seen at full size: show it, and measure it in the next round.
        state.launcherPlacement.value = { ...preferred };
        placeLauncherSoon();
        return;
      }
      const corner = free(sizes.full);
      if (corner) {
        state.launcherPlacement.value = { corner, collapsed: false };
        return;
      }
    }
    // Shrunk by the person, or no room for it at full size: small, in a corner where it covers nothing
    // if there is one. Sizes are kept, so it does not grow and shrink again at the same place.
    state.launcherPlacement.value = { corner: free(sizes.collapsed ?? COLLAPSED_SIZE) ?? preferred.corner, collapsed: true };
  }
  let settle: ReturnType<typeof setTimeout> | undefined;
  const placeLauncherSoon = () => {
    clearTimeout(settle);
    settle = setTimeout(placeLauncher, SETTLE_MS);
  };
  const stopPlacingOnPreference = effect(() => {
    state.preferences.launcher.value;
    state.preferences.direction.value;
    // The launcher comes back when a panel closes: the page may have scrolled or changed meanwhile.
    if (state.panel.value === 'closed') placeLauncherSoon();
  });
  const onResize = () => {
    placeLauncherSoon();
    state.page.refresh();
  };
  view.addEventListener('resize', onResize);
  view.addEventListener('scroll', placeLauncherSoon, { passive: true });

  const moveLauncher = () => {
    const current = state.launcherPlacement.value.corner;
    const next = CORNERS[(CORNERS.indexOf(current) + 1) % CORNERS.length]!;
    void state.preferences.setLauncher({ corner: next });
  };
  // Alt+Shift+V ("Vorschlag") opens the overlay from anywhere on the page, without a mouse and
  // without tabbing through the whole page to the launcher.
  const onShortcut = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.code !== 'KeyV' || state.panel.value !== 'closed') return;
    event.preventDefault();
    const active = doc.activeElement;
    state.openMenu(active && active !== doc.body && !isOwnNode(active) ? active : null);
  };
  doc.addEventListener('keydown', onShortcut);

  const takeSelection = () => {
    const range = state.pointing.selection.value;
    if (range) state.choose(range);
  };

  render(<OverlayApp state={state} onMoveLauncher={moveLauncher} onTakeSelection={takeSelection} />, host.container);
  await state.start();

  return () => {
    clearTimeout(settle);
    view.removeEventListener('resize', onResize);
    view.removeEventListener('scroll', placeLauncherSoon);
    doc.removeEventListener('keydown', onShortcut);
    stopPickerWhenDone();
    stopPlacingOnPreference();
    state.stop();
    render(null, host.container);
    host.remove();
  };
}
