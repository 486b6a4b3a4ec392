import { useEffect, useRef } from 'preact/hooks';
import type { OverlayState } from '../overlay/state';

/** What a person can do: point at something, take the whole page, or see what they saved. */
export function Menu({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section class="mg-panel mg-menu" role="dialog" aria-modal="false" aria-labelledby="mg-menu-title"
      onKeyDown={(event) => event.key === 'Escape' && state.close()}>
      <h2 id="mg-menu-title">{t('menu.title')}</h2>
      <button ref={first} type="button" class="mg-button mg-primary" onClick={() => state.startPicking()}>
        {t('menu.pick')}
      </button>
      <button type="button" class="mg-button" onClick={() => state.chooseWholePage()}>
        {t('menu.wholePage')}
      </button>
      <button type="button" class="mg-button" onClick={() => state.openList()}>
        {t('menu.mySuggestions')} ({state.onPage.value.length})
      </button>
      <button type="button" class="mg-button mg-quiet" onClick={() => state.close()}>
        {t('menu.close')}
      </button>
    </section>
  );
}
