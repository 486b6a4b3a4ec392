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

/**
 * The boxes of the page's own controls, read once for every corner the launcher might take (reading them is
 * the cost: a pass over the page's controls, on every page view). Each control's boxes, not a few sample
 * points, so that a small link or checkbox is not missed; a control counts even when something else of the
 * page hides it: when in doubt, keep clear.
 */
export function pageControlBoxes(doc: Document, isOwnNode: (node: Element) => boolean): DOMRect[] {
  const boxes: DOMRect[] = [];
  for (const element of doc.querySelectorAll(INTERACTIVE)) {
    if (isOwnNode(element)) continue;
    for (const rect of element.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push(rect);
  }
  return boxes;
}

/** True when one of the page's controls lies under `box`: the launcher must not sit there. */
export function coversControl(controls: readonly DOMRect[], box: DOMRect): boolean {
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
