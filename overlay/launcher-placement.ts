import type { LauncherCorner } from '../lib/model';

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
const MARGIN = 16;
export const CORNERS: readonly LauncherCorner[] = ['bottom-end', 'bottom-start', 'top-end', 'top-start'];

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

/**
 * True when a control of the page itself lies under `box`: the launcher must not sit there. Every
 * control's boxes are compared with the launcher's, so that a small link or checkbox lying between a
 * few sample points is not missed. A control counts even when something else of the page hides it:
 * when in doubt, keep clear.
 */
export function coversPageControl(doc: Document, box: DOMRect, isOwnNode: (node: Element) => boolean): boolean {
  const overlaps = (rect: DOMRect) =>
    rect.width > 0 && rect.height > 0 && rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top;
  for (const element of doc.querySelectorAll(INTERACTIVE)) {
    if (isOwnNode(element)) continue;
    for (const rect of element.getClientRects()) if (overlaps(rect)) return true;
  }
  return false;
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
