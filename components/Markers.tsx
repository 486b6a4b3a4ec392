import type { OverlayState, PlacedSuggestion } from '../overlay/state';
import { targetLabel } from './target-label';

/** Where a marker goes: the top end of the element, or the end of the text's first line. */
function markerBox(at: Element | Range): DOMRect | null {
  const box = at instanceof Range ? at.getClientRects()[0] : at.getBoundingClientRect();
  return box && (box.width > 0 || box.height > 0) ? box : null;
}

/**
 * Numbered markers at each suggestion's place, in page coordinates so they scroll with the page.
 * They are buttons: reachable by keyboard, named for screen readers, opening that suggestion in the list.
 */
export function Markers({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const rtl = state.preferences.direction.value === 'rtl';
  const view = globalThis.window;
  const placed = state.page.onPage.value.filter((item): item is PlacedSuggestion & { at: Element | Range } => item.at !== null);
  return (
    <div class="mg-markers">
      {placed.map(({ stored, number, at }) => {
        const box = markerBox(at);
        if (!box) return null;
        const MARKER_SIZE = 44;
        // Beside the target, but never past the edge of a narrow screen.
        const edge = rtl ? box.left - MARKER_SIZE : box.right;
        const left = Math.min(Math.max(edge, 0), view.document.documentElement.clientWidth - MARKER_SIZE) + view.scrollX;
        return (
          <button key={stored.suggestion.id} type="button" class="mg-marker" data-suggestion-id={stored.suggestion.id}
            aria-label={t('marker.label', { number, label: targetLabel(stored.suggestion.target, t) })}
            // Positioned through the CSSOM (Preact sets style properties), which a strict CSP allows.
            style={{ top: `${box.top + view.scrollY}px`, left: `${left}px` }}
            onClick={(event) => void state.openList({ tab: 'page', focus: stored.suggestion.id, from: event.currentTarget })}>
            <span class="mg-marker-dot" aria-hidden="true">{number}</span>
          </button>
        );
      })}
    </div>
  );
}
