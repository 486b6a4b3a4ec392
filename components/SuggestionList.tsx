import { useEffect, useRef } from 'preact/hooks';
import type { OverlayState } from '../overlay/state';
import { targetLabel } from './target-label';

/** The suggestions saved for this page, with their status and whether their place was found again. */
export function SuggestionList({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const placed = state.onPage.value;
  return (
    <section class="mg-panel mg-list" role="dialog" aria-modal="false" aria-labelledby="mg-list-title"
      onKeyDown={(event) => event.key === 'Escape' && state.close()}>
      <h2 id="mg-list-title" tabIndex={-1} ref={heading}>{t('list.title')}</h2>
      <h3>{t('list.thisPage')}</h3>
      {placed.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ol class="mg-items">
          {placed.map(({ stored, number, element }) => (
            <li key={stored.suggestion.id} id={`mg-item-${stored.suggestion.id}`}>
              <p class="mg-item-head">
                <span class="mg-number" aria-hidden="true">{number}</span>
                <strong>{targetLabel(stored.suggestion.target, t)}</strong>
              </p>
              <p>{stored.suggestion.problem}</p>
              <p class="mg-status">
                {t(`status.${stored.status}`)}
                {element === null && stored.suggestion.target.kind !== 'page' && <span class="mg-warning"> · {t('list.pageChanged')}</span>}
              </p>
              <button type="button" class="mg-button mg-quiet" onClick={() => void state.remove(stored.suggestion.id)}>
                {t('list.delete')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" class="mg-button" onClick={() => state.close()}>{t('menu.close')}</button>
    </section>
  );
}
