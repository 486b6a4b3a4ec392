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

/**
 * A name no page can claim before us: a page that defines our element's name first would have its own class
 * upgrade our host. Random per page view, so no script can know it in advance.
 */
function unclaimableName(doc: Document): string {
  const random = (doc.defaultView ?? globalThis).crypto.getRandomValues(new Uint32Array(2));
  return `mitgestalten-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** The widget's host: a stable name the embedding site can find (its own accessibility audits see into it). */
const WIDGET_HOST = 'mitgestalten-overlay';

/**
 * The one place that creates the overlay's Shadow DOM host, for the extension and the widget alike.
 * - The extension's shadow root is closed, under a name no page can know: page scripts cannot reach into it
 *   to read, press or remove our controls. The widget's is open: it is the Jobcenter's own code on its own
 *   page, whose data lives on that origin anyway, and the site's own accessibility checks must see it.
 * - A manual popover, so that it can sit in the top layer, above the page's own dialogs, popovers and
 *   full-screen element; overlay/top-layer.ts keeps it there (and puts it back when a page script removes it).
 * - Styles through constructable stylesheets: no <style> element, no style attribute in markup, so a strict
 *   Content-Security-Policy on the page does not block them.
 */
export function createOverlayHost(doc: Document, { mode = 'closed' }: { mode?: ShadowRootMode } = {}): OverlayHost {
  const element = doc.createElement(mode === 'closed' ? unclaimableName(doc) : WIDGET_HOST);
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
