import type { LauncherCorner } from '../lib/model';
// Not the model's index: this file runs on every page view, without zod.
import { LAUNCHER_CORNERS } from '../lib/model/local-constants';

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
const MARGIN = 16;
export const CORNERS: readonly LauncherCorner[] = LAUNCHER_CORNERS;

export interface Size {
  width: number;
  height: number;
}

/** The shrunk launcher before it was ever measured: two 44 px buttons, 4 px apart (launcher.css.ts). */
export const COLLAPSED_SIZE: Size = { width: 92, height: 44 };

/** Where the launcher's box would be in `corner`, in viewport coordinates. */
export function boxAt(corner: LauncherCorner, size: Size, viewport: Size, direction: 'ltr' | 'rtl'): DOMRect {
  const atEnd = corner.endsWith('end') === (direction === 'ltr');
  const x = atEnd ? viewport.width - MARGIN - size.width : MARGIN;
  const y = corner.startsWith('bottom') ? viewport.height - MARGIN - size.height : MARGIN;
  return new DOMRect(x, y, size.width, size.height);
}

/** The page's own controls: what the launcher must never cover. The overlay's own are not the page's. */
export function pageControls(doc: Document, isOwnNode: (node: Element) => boolean): Element[] {
  return [...doc.querySelectorAll(INTERACTIVE)].filter((element) => !isOwnNode(element));
}

/** What one round of placing reads: the launcher's box, the viewport, and the boxes of the page's controls. */
export interface PageLayout {
  launcher: DOMRectReadOnly;
  viewport: Size;
  controls: DOMRectReadOnly[];
}

/**
 * Reads the launcher's box and those of the page's controls once, all in the browser's next rendering step
 * (one round of an IntersectionObserver), and hands them to `onLayout`. Read from script instead, every
 * control's box is a layout read of its own: about 1 ms of main thread for a form of 70 controls, on every
 * page view. A control counts even when something else of the page hides it, and with its whole bounding box
 * (a link broken over two lines with the space between): when in doubt, keep clear. Returns the function that
 * stops waiting; a tab in the background reads nothing until it is shown.
 */
export function readLayoutOnce(doc: Document, launcher: Element, isOwnNode: (node: Element) => boolean, onLayout: (layout: PageLayout) => void): () => void {
  const view = doc.defaultView ?? window;
  // Every target's first entry is made in the same rendering step, so the first call has them all.
  const observer = new view.IntersectionObserver((entries) => {
    observer.disconnect();
    const own = entries.find((entry) => entry.target === launcher);
    if (!own) return;
    const viewport = own.rootBounds ?? { width: doc.documentElement.clientWidth, height: view.innerHeight };
    const boxes = entries.filter((entry) => entry.target !== launcher).map((entry) => entry.boundingClientRect);
    onLayout({
      launcher: own.boundingClientRect,
      viewport: { width: viewport.width, height: viewport.height },
      controls: boxes.filter((box) => box.width > 0 && box.height > 0),
    });
  });
  observer.observe(launcher);
  for (const control of pageControls(doc, isOwnNode)) observer.observe(control);
  return () => observer.disconnect();
}

/** True when one of the page's controls lies under `box`: the launcher must not sit there. */
export function coversControl(controls: readonly DOMRectReadOnly[], box: DOMRectReadOnly): boolean {
  return controls.some((rect) => rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top);
}

/**
 * The corner to use: the person's choice when it is free, else the next free corner. When every
 * corner covers a control, null: the launcher then collapses to its smallest form.
 */
export function freeCorner(preferred: LauncherCorner, isFree: (corner: LauncherCorner) => boolean): LauncherCorner | null {
  const start = CORNERS.indexOf(preferred);
  const order = [...CORNERS.slice(start), ...CORNERS.slice(0, start)];
  return order.find(isFree) ?? null;
}
