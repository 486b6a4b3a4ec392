import type { LauncherTranslate } from '../lib/i18n';
import type { LauncherCorner } from '../lib/model';
import { boxAt, COLLAPSED_SIZE, CORNERS, coversControl, freeCorner, readLayoutOnce, type PageLayout, type Size } from './launcher-placement';

/** Wait this long after scrolling or resizing stops before checking the launcher's corner again. */
const SETTLE_MS = 150;

export interface LauncherPlacement {
  corner: LauncherCorner;
  collapsed: boolean;
}

/** What the launcher shows: its words, the count of this page's suggestions, where the person wants it. */
export interface LauncherView {
  t: LauncherTranslate;
  lang: string;
  dir: 'ltr' | 'rtl';
  count: number;
  preferred: LauncherPlacement;
}

export interface LauncherActions {
  /** The pointer is over the launcher, or it has focus: a click is likely to follow. */
  onIntent(): void;
  onOpen(): void;
  onToggleSize(): void;
  /** Move to `next`, the corner after the one it sits in now. */
  onMove(next: LauncherCorner): void;
}

export interface LauncherDock {
  /** Show the launcher with these words and this count, in a corner that covers none of the page's controls. */
  render(view: LauncherView): void;
  /** Hidden while a panel is open: one thing at a time. */
  setVisible(visible: boolean): void;
  focus(): void;
  remove(): void;
}

/**
 * The always-visible entry point, in plain DOM: it runs on every page view, before (and often without) the
 * rest of the overlay, so it carries no framework (Sentry's feedback widget does the same with its button).
 * It sits in a corner where it covers none of the page's own controls, and a person can shrink it or move it.
 */
export function createLauncherDock(doc: Document, container: Element, isOwnNode: (node: Element) => boolean, actions: LauncherActions): LauncherDock {
  const view = doc.defaultView ?? window;
  const root = doc.createElement('div');
  root.className = 'mg-root mg-dock-root';
  const dock = doc.createElement('div');
  const launcher = button('mg-launcher', actions.onOpen);
  launcher.setAttribute('aria-haspopup', 'dialog');
  launcher.dataset.launcher = '';
  launcher.addEventListener('pointerenter', actions.onIntent);
  launcher.addEventListener('focus', actions.onIntent);
  const icon = span('mg-launcher-icon', '✎');
  icon.setAttribute('aria-hidden', 'true');
  const label = span('', '');
  const badge = span('mg-badge', '');
  launcher.append(icon, label, badge);
  const resize = button('mg-dock-tool', actions.onToggleSize);
  const move = button('mg-dock-tool', () => actions.onMove(CORNERS[(CORNERS.indexOf(placed.corner) + 1) % CORNERS.length]!));
  move.append(hiddenSymbol('⇲'));
  dock.append(launcher, resize, move);
  root.append(dock);
  container.append(root);

  let current: LauncherView | undefined;
  let placed: LauncherPlacement = { corner: 'bottom-end', collapsed: false };
  /** The launcher's size in each form, as last measured: only the form on screen can be measured. */
  const sizes: { full?: Size; collapsed?: Size } = {};

  function button(className: string, onClick: () => void) {
    const element = doc.createElement('button');
    element.type = 'button';
    element.className = className;
    element.addEventListener('click', onClick);
    return element;
  }
  function span(className: string, text: string) {
    const element = doc.createElement('span');
    if (className) element.className = className;
    element.textContent = text;
    return element;
  }
  function hiddenSymbol(text: string) {
    const element = span('', text);
    element.setAttribute('aria-hidden', 'true');
    return element;
  }

  function show(placement: LauncherPlacement) {
    if (!current) return;
    const { t, count } = current;
    placed = placement;
    dock.className = `mg-dock mg-dock-${placement.corner}${placement.collapsed ? ' mg-collapsed' : ''}`;
    label.textContent = placement.collapsed ? '' : t('launcher.open');
    label.hidden = placement.collapsed;
    if (placement.collapsed) launcher.setAttribute('aria-label', t('launcher.open'));
    else launcher.removeAttribute('aria-label');
    badge.hidden = placement.collapsed || count === 0;
    badge.textContent = count === 0 ? '' : t('launcher.count', { count });
    resize.setAttribute('aria-label', t(placement.collapsed ? 'launcher.expand' : 'launcher.collapse'));
    resize.replaceChildren(hiddenSymbol(placement.collapsed ? '+' : '–'));
    move.setAttribute('aria-label', t('launcher.move'));
    move.hidden = placement.collapsed;
  }

  /** Stops the round of reading the layout that is under way, if any. */
  let stopReading: (() => void) | undefined;
  function place() {
    if (!current || root.hidden) return;
    stopReading?.();
    const measuredForm = placed.collapsed;
    stopReading = readLayoutOnce(doc, dock, isOwnNode, (layout) => {
      stopReading = undefined;
      // Shown in another form meanwhile: the size read is not this form's.
      if (placed.collapsed !== measuredForm) return placeSoon();
      placeIn(layout);
    });
  }
  function placeIn({ launcher: measured, viewport, controls }: PageLayout) {
    if (!current || root.hidden) return;
    sizes[placed.collapsed ? 'collapsed' : 'full'] = { width: measured.width, height: measured.height };
    const { preferred, dir } = current;
    if (!preferred.collapsed && !sizes.full) {
      // Not yet seen at full size: show it, and measure it in the next round.
      show({ ...preferred });
      placeSoon();
      return;
    }
    const free = (size: Size) => freeCorner(preferred.corner, (candidate) => !coversControl(controls, boxAt(candidate, size, viewport, dir)));
    if (!preferred.collapsed) {
      const corner = free(sizes.full!);
      if (corner) return showIfMoved({ corner, collapsed: false });
    }
    // Shrunk by the person, or no room for it at full size: small, in a corner where it covers nothing if
    // there is one. Sizes are kept, so it does not grow and shrink again at the same place.
    showIfMoved({ corner: free(sizes.collapsed ?? COLLAPSED_SIZE) ?? preferred.corner, collapsed: true });
  }
  /** Most page views find the launcher's corner free: nothing to redraw then. */
  function showIfMoved(placement: LauncherPlacement) {
    if (placement.corner !== placed.corner || placement.collapsed !== placed.collapsed) show(placement);
  }
  let settle: ReturnType<typeof setTimeout> | undefined;
  const placeSoon = () => {
    clearTimeout(settle);
    settle = setTimeout(place, SETTLE_MS);
  };
  view.addEventListener('resize', placeSoon);
  view.addEventListener('scroll', placeSoon, { passive: true });

  return {
    render(next) {
      const moved = !current || current.preferred.corner !== next.preferred.corner || current.preferred.collapsed !== next.preferred.collapsed || current.dir !== next.dir;
      current = next;
      root.lang = next.lang;
      root.dir = next.dir;
      show(moved ? next.preferred : placed);
      if (moved) placeSoon();
    },
    setVisible(visible) {
      root.hidden = !visible;
      // The launcher comes back when a panel closes: the page may have scrolled or changed meanwhile.
      if (visible) placeSoon();
    },
    focus: () => launcher.focus(),
    remove() {
      clearTimeout(settle);
      stopReading?.();
      view.removeEventListener('resize', placeSoon);
      view.removeEventListener('scroll', placeSoon);
      root.remove();
    },
  };
}
