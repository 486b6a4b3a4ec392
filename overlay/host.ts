import { launcherCss } from '../components/launcher.css';

export interface OverlayHost {
  /** The element in the page that holds our shadow root. */
  element: HTMLElement;
  /** Where the page agent renders this page's markers and the pointing banner, inside the shadow root. */
  container: HTMLElement;
  /** Where the launcher lives: it is there before the rest of the overlay is loaded. */
  dockContainer: HTMLElement;
  /** Where the panels go: the extension's frame, or the widget's panels themselves. */
  panelsContainer: HTMLElement;
  /** Add styles to the shadow root (the panels' styles arrive with the rest of the overlay). */
  adoptStyles(css: string): void;
  remove(): void;
}

/** What kind of host a shell puts into the page: its element's name and whether its shadow root is open. */
export interface HostKind {
  name: string;
  mode: ShadowRootMode;
}

/**
 * The extension's host: closed, so page scripts cannot reach into it to read, press or remove our controls,
 * under a name no page can claim before us (a page that defines our element's name first would have its own
 * class upgrade our host). Random per page view, so no script can know it in advance.
 */
export function extensionHost(doc: Document): HostKind {
  const random = (doc.defaultView ?? globalThis).crypto.getRandomValues(new Uint32Array(2));
  return { name: `mitgestalten-${random[0]!.toString(36)}${random[1]!.toString(36)}`, mode: 'closed' };
}

/**
 * The widget's host: open, under a stable name the embedding site can find. It is the Jobcenter's own code on
 * its own page, whose data lives on that origin anyway, and the site's own accessibility checks must see into it.
 */
export const WIDGET_HOST: HostKind = { name: 'mitgestalten-overlay', mode: 'open' };

/**
 * The one place that creates the overlay's Shadow DOM host, for the extension and the widget alike (each names
 * its kind above).
 * - A manual popover, so that it can sit in the top layer, above the page's own dialogs, popovers and
 *   full-screen element; overlay/top-layer.ts keeps it there (and puts it back when a page script removes it).
 * - Styles through constructable stylesheets: no <style> element, no style attribute in markup, so a strict
 *   Content-Security-Policy on the page does not block them.
 */
export function createOverlayHost(doc: Document, { name, mode }: HostKind): OverlayHost {
  const element = doc.createElement(name);
  // Its box (top left, no size, above everything) comes from launcher.css.ts's `:host` rule, which also undoes
  // the browser's popover styles (centred, bordered, opaque) and whatever the page says about our element.
  element.popover = 'manual';

  const shadow = element.attachShadow({ mode });
  const adoptStyles = (css: string) => {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  };
  adoptStyles(launcherCss);

  // Keys pressed on our launcher and banner must not trigger the page's own keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) element.addEventListener(type, (event) => event.stopPropagation());

  const container = doc.createElement('div');
  const dockContainer = doc.createElement('div');
  const panelsContainer = doc.createElement('div');
  // Markers first, then the launcher: after the page, Tab reaches the markers in page order, then the launcher.
  shadow.append(container, dockContainer, panelsContainer);
  // Outside <body>, so page layouts and body transforms leave our coordinates alone.
  doc.documentElement.append(element);
  return {
    element,
    container,
    dockContainer,
    panelsContainer,
    adoptStyles,
    remove: () => element.remove(),
  };
}
