import { bootOverlay, type BootedOverlay } from '../overlay/boot';
import { WIDGET_HOST } from '../overlay/host';
import { WIDGET_MARKER } from '../overlay/widget-marker';
import type { WidgetEvents, WidgetOptions } from './options';
import type { WidgetSession } from './session';

/** Loads widget/parts.ts, however the page got the widget (the loader's URL, a site's own bundler). */
export type LoadParts = () => Promise<typeof import('./parts')>;

/** The JavaScript API a site gets (`window.Mitgestalten`, or the ES module's exports). */
export interface WidgetApi {
  /** Show the launcher on this page. A second call while the widget runs does nothing. */
  init(options?: WidgetOptions): Promise<void>;
  /** Open the first panel, as the launcher does. */
  open(): void;
  /** Close the open panel, as Escape does (a text not yet saved is asked about first). */
  close(): void;
  /** Remove the widget from the page: its nodes, listeners and timers. `init` may be called again. */
  destroy(): void;
  /** Follow `saved` or `sent`. Returns the function that stops following. */
  on<K extends keyof WidgetEvents>(name: K, listener: (detail: WidgetEvents[K]) => void): () => void;
}

const domReady = (doc: Document) => new Promise((resolve) => (doc.readyState === 'loading' ? doc.addEventListener('DOMContentLoaded', resolve, { once: true }) : resolve(0)));

/**
 * The widget on one page: the boot of the overlay (host, launcher, shortcut) at once, the device and the
 * panels on first use, everything gone again on `destroy`. Used by the loader and by the ES module entry.
 */
export function createWidget(doc: Document, loadParts: LoadParts): WidgetApi {
  const view = doc.defaultView ?? window;
  // Listeners run one by one, each on its own: a site's broken listener breaks nothing else.
  const events = new EventTarget();
  const emit = <K extends keyof WidgetEvents>(name: K, detail: WidgetEvents[K]) => void events.dispatchEvent(new CustomEvent(name, { detail }));
  let booted: Promise<BootedOverlay | undefined> | undefined;
  let session: Promise<WidgetSession> | undefined;
  /** Whether the running widget was destroyed; a new object for each `init`. */
  let destroyed = { now: false };
  const retryDue = () => void session?.then((running) => running.retryDue());

  function start(options: WidgetOptions): Promise<BootedOverlay | undefined> {
    const run = (destroyed = { now: false });
    const opened = (session = loadParts().then((parts) => parts.startSession(doc, options, emit)));
    view.addEventListener('online', retryDue);
    doc.documentElement.setAttribute(WIDGET_MARKER, '');
    return domReady(doc)
      .then(() => opened)
      .then((running) => bootOverlay({ doc, start: running.start, loadOverlay: running.loadOverlay, host: WIDGET_HOST }))
      .then((overlay) => {
        // destroy() came while booting: undo at once.
        if (!run.now) return overlay;
        overlay.remove();
        return undefined;
      });
  }

  return {
    async init(options = {}) {
      await (booted ??= start(options));
    },
    open: () => void booted?.then((overlay) => overlay?.open(), () => undefined),
    close: () => void booted?.then((overlay) => overlay?.close(), () => undefined),
    destroy() {
      if (!booted) return;
      destroyed.now = true;
      view.removeEventListener('online', retryDue);
      doc.documentElement.removeAttribute(WIDGET_MARKER);
      void booted.then((overlay) => overlay?.remove(), () => undefined);
      void session?.then((running) => running.stop(), () => undefined);
      booted = session = undefined;
    },
    on(name, listener) {
      const handler = (event: Event) => listener((event as CustomEvent).detail);
      events.addEventListener(name, handler);
      return () => events.removeEventListener(name, handler);
    },
  };
}
