import type { OverlayState } from '../overlay/state';
import { targetLabel } from './target-label';

/**
 * Numbered markers at each suggestion's place on the page, in page coordinates so they scroll with it.
 * They are buttons: reachable by keyboard, named for screen readers, opening the list.
 */
export function Markers({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const view = globalThis.window;
  return (
    <div class="mg-markers">
      {state.onPage.value.map(({ stored, number, element }) => {
        if (!element) return null;
        const box = element.getBoundingClientRect();
        const top = box.top + view.scrollY;
        const left = box.right + view.scrollX;
        return (
          <button
            key={stored.suggestion.id}
            type="button"
            class="mg-marker"
            data-suggestion-id={stored.suggestion.id}
            aria-label={t('marker.label', { number, label: targetLabel(stored.suggestion.target, t) })}
            style={{ top: `${top}px`, left: `${left}px` }}
            onClick={() => state.openList()}
          >
            {number}
          </button>
        );
      })}
    </div>
  );
}
