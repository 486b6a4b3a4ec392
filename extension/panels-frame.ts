import { browser, type Browser } from 'wxt/browser';
import type { Language } from '../lib/model';
import type { PanelsHost } from '../overlay/page-agent';

/** The extension page that holds the panels (entrypoints/panels). */
export const PANELS_PAGE = '/panels.html' as const;
/** The port a panels frame accepts: this prefix and the secret its own address carries. */
export const PANELS_PORT_PREFIX = 'mitgestalten/panels:';

/** Where the content script keeps the one frame of this page, for the boot and the page agent alike. */
const FRAME_GLOBAL = Symbol.for('mitgestalten/panels-frame');

/** The frame as the page's side holds it: the page agent puts the overlay's link on its port. */
export type PanelsFrame = Omit<PanelsHost, 'connect'> & {
  /** Load the frame if it is not loading yet; resolves with the port to the panels once they listen. */
  port(): Promise<Browser.runtime.Port>;
};

/**
 * This page's panels frame, made on first call. The boot calls it as soon as the pointer reaches the launcher,
 * so the frame loads while the page agent is injected; the agent then finds the same frame. (Boot and agent
 * are separate scripts in the same world of the content script; they share it through that world's global.)
 */
export function panelsFrameOf(container: HTMLElement, language: () => Language): PanelsFrame {
  const world = globalThis as unknown as Record<symbol, PanelsFrame | undefined>;
  return (world[FRAME_GLOBAL] ??= createPanelsFrame(container, language));
}

/** Panels never cover the whole screen: a margin of page stays visible around them. */
const MARGIN_PX = 16;
const NARROW_PX = 480;

/**
 * The panels in a frame of the extension's own origin, inside our closed shadow root (as Hypothesis keeps its
 * sidebar in a frame). What a person types there, and every suggestion of other pages, is out of reach of the
 * page's scripts: they can neither read a cross-origin frame nor hear its keystrokes.
 *
 * The frame's address carries a secret (after `#`, never sent anywhere, unreadable for the page); once the
 * frame has loaded, this content script opens a port under that secret, and the frame accepts no other. So
 * a page that loads our panels page into a frame of its own gets an empty frame, never a connection.
 */
function createPanelsFrame(container: HTMLElement, language: () => Language): PanelsFrame {
  const doc = container.ownerDocument;
  const view = doc.defaultView ?? window;
  let frame: HTMLIFrameElement | undefined;
  let direction: 'ltr' | 'rtl' = 'ltr';
  /** Shown before its panel renders, so that the panel can take focus (nothing in a hidden frame can). */
  let visible = false;

  const place = (property: string, value: string) => frame?.style.setProperty(property, value, 'important');
  const fit = () => {
    if (!frame) return;
    const narrow = view.innerWidth <= NARROW_PX;
    const margin = narrow ? 8 : MARGIN_PX;
    place('width', narrow ? `calc(100vw - ${2 * margin}px)` : `min(420px, calc(100vw - ${2 * margin}px))`);
    place('height', `calc(100vh - ${2 * margin}px)`);
    // At the end of the line, as the panels were placed before they moved into a frame: left in Arabic.
    place('bottom', `${margin}px`);
    place(direction === 'rtl' ? 'left' : 'right', `${margin}px`);
    place(direction === 'rtl' ? 'right' : 'left', 'auto');
  };

  async function open(): Promise<Browser.runtime.Port> {
    const secret = [...view.crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    frame = doc.createElement('iframe');
    frame.src = `${browser.runtime.getURL(PANELS_PAGE)}#${secret}&lang=${language()}`;
    frame.title = 'Mitgestalten';
    // Hidden until a panel shows; then a side sheet at the end of the line, the rest of the page usable beside it.
    for (const [property, value] of Object.entries({
      position: 'fixed', border: 'none', background: 'transparent', 'color-scheme': 'light', display: visible ? 'block' : 'none',
      'border-radius': '8px', 'box-shadow': '0 4px 24px rgb(0 0 0 / 0.35)', 'z-index': '2147483647', 'max-width': 'none', margin: '0', padding: '0',
    })) place(property, value);
    fit();
    const loaded = new Promise<void>((resolve, reject) => {
      frame!.addEventListener('load', () => resolve(), { once: true });
      frame!.addEventListener('error', () => reject(new Error('The panels did not load')), { once: true });
    });
    container.append(frame);
    await loaded;
    return browser.runtime.connect({ name: `${PANELS_PORT_PREFIX}${secret}` });
  }

  let opening: Promise<Browser.runtime.Port> | undefined;
  view.addEventListener('resize', fit);
  return {
    port: () => (opening ??= open().catch((error: unknown) => {
      frame?.remove();
      frame = undefined;
      opening = undefined;
      throw error;
    })),
    show(shown, { focus = false } = {}) {
      visible = shown;
      place('display', visible ? 'block' : 'none');
      if (visible && focus) frame?.focus();
    },
    setDirection(next) {
      direction = next;
      fit();
    },
    remove() {
      view.removeEventListener('resize', fit);
      frame?.remove();
      delete (globalThis as unknown as Record<symbol, unknown>)[FRAME_GLOBAL];
    },
  };
}

