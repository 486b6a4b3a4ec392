import type { Translate } from '../lib/i18n';
import type { AnnotationTarget } from '../lib/model';
import { targetLabel } from './target-label';

export interface MarkerItem {
  id: string;
  number: number;
  target: AnnotationTarget;
  /** Where the suggestion points on the page now. */
  at: Element | Range;
}

interface MarkersProps {
  t: Translate;
  rtl: boolean;
  markers: MarkerItem[];
  /** `from`: the marker pressed; focus goes back to it when the list closes. */
  onOpen(id: string, from: Element): void;
}

const MARKER_SIZE = 44;

/** Where a marker goes: the top end of the element, or the end of the text's first line. */
function markerBox(at: Element | Range): DOMRect | null {
  const box = at instanceof Range ? at.getClientRects()[0] : at.getBoundingClientRect();
  return box && (box.width > 0 || box.height > 0) ? box : null;
}

/**
 * Numbered markers at each suggestion's place, in page coordinates so they scroll with the page.
 * They are buttons: reachable by keyboard, named for screen readers, opening that suggestion in the list.
 */
export function Markers({ t, rtl, markers, onOpen }: MarkersProps) {
  const view = globalThis.window;
  return (
    <div class="mg-markers">
      {markers.map(({ id, number, target, at }) => {
        const box = markerBox(at);
        if (!box) return null;
        // Beside the target, but never past the edge of a narrow screen.
        const edge = rtl ? box.left - MARKER_SIZE : box.right;
        const left = Math.min(Math.max(edge, 0), view.document.documentElement.clientWidth - MARKER_SIZE) + view.scrollX;
        return (
          <button key={id} type="button" class="mg-marker" data-suggestion-id={id} aria-label={t('marker.label', { number, label: targetLabel(target, t) })}
            // Positioned through the CSSOM (Preact sets style properties), which a strict CSP allows.
            style={{ top: `${box.top + view.scrollY}px`, left: `${left}px` }}
            onClick={(event) => onOpen(id, event.currentTarget)}>
            <span class="mg-marker-dot" aria-hidden="true">{number}</span>
          </button>
        );
      })}
    </div>
  );
}
