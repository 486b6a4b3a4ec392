import { createWidget, type WidgetApi } from './embed';
import { optionsOfScript } from './options';

/*
 * `mitgestalten.js`: what a page view runs. A classic script (no module syntax needed on the page) that
 * defines `window.Mitgestalten`, shows the launcher and loads the rest, from the folder it was itself
 * loaded from, on first use. A site that includes it twice gets one widget.
 */

/** The content-hashed name of widget/parts.ts in the build, set by widget/build.ts. */
declare const __WIDGET_PARTS__: string;

declare global {
  interface Window {
    Mitgestalten?: WidgetApi;
  }
}

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
if (!window.Mitgestalten) {
  // Chunks load relative to this file's own address: the page, the widget's files and the backlog may live on three origins.
  const widget = createWidget(document, () => import(/* @vite-ignore */ new URL(__WIDGET_PARTS__, script?.src ?? document.baseURI).href));
  window.Mitgestalten = widget;
  // `data-init="manual"`: the site calls Mitgestalten.init({...}) itself.
  // A widget that cannot start (no IndexedDB, its files not found) leaves the page as it was, and tells the site's developers why.
  if (script && script.dataset.init !== 'manual') widget.init(optionsOfScript(script)).catch((error: unknown) => console.warn('Mitgestalten:', error));
}
