import { launcherCss } from '../components/launcher.css';

export interface OverlayHost {
  /** The element in the page that holds our shadow root. */
  element: HTMLElement;
  /** Where the overlay's panels and markers render, inside the shadow root. */
  container: HTMLElement;
  /** Where the launcher lives, beside the panels: it is there before the rest of the overlay is loaded. */
  dockContainer: HTMLElement;
  /** Add styles to the shadow root (the panels' styles arrive with the rest of the overlay). */
  adoptStyles(css: string): void;
  remove(): void;
}

/**
 * The one place that creates the overlay's Shadow DOM host, for the extension and the widget alike.
 * Styles go in through a constructable stylesheet: no <style> element, no style attribute in markup,
 * so a strict Content-Security-Policy on the page does not block them.
 */
export function createOverlayHost(doc: Document, name = 'mitgestalten-overlay'): OverlayHost {
  const element = doc.createElement(name);
  // Set through the CSSOM, which CSP allows; `important` beats page rules such as `* { all: unset }`.
  const place = (property: string, value: string) => element.style.setProperty(property, value, 'important');
  place('position', 'absolute');
  place('top', '0');
  place('left', '0');
  place('width', '0');
  place('height', '0');
  place('overflow', 'visible');
  place('display', 'block');
  place('z-index', '2147483647');

  const shadow = element.attachShadow({ mode: 'open' });
  const adoptStyles = (css: string) => {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  };
  adoptStyles(launcherCss);

  // Keys typed in our fields must not trigger the page's own keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) element.addEventListener(type, (event) => event.stopPropagation());

  const dockContainer = doc.createElement('div');
  const container = doc.createElement('div');
  // Markers first, then the launcher: after the page, Tab reaches the markers in page order, then the launcher.
  shadow.append(container, dockContainer);
  // Outside <body>, so page layouts and body transforms leave our coordinates alone.
  doc.documentElement.append(element);
  return { element, container, dockContainer, adoptStyles, remove: () => element.remove() };
}
