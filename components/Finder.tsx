import { useMemo, useState } from 'preact/hooks';
import type { PageTarget } from '../overlay/page-targets';
import { filterTargets } from '../overlay/page-targets';
import type { OverlayState } from '../overlay/state';
import { Dialog } from './Dialog';

/**
 * The keyboard and screen-reader way to choose a place: every field and section of the page by its
 * visible label, narrowed down by typing.
 */
export function Finder({ state, targets }: { state: OverlayState; targets: PageTarget[] }) {
  const t = state.t.value;
  const [query, setQuery] = useState('');
  const matches = useMemo(() => filterTargets(targets, query), [targets, query]);
  const groups = [
    { key: 'field', title: t('finder.fields'), items: matches.filter((item) => item.group === 'field') },
    { key: 'section', title: t('finder.sections'), items: matches.filter((item) => item.group === 'section') },
  ].filter((group) => group.items.length > 0);

  return (
    <Dialog id="mg-finder" title={t('finder.title')} onClose={() => state.close()} class="mg-finder">
      <label for="mg-finder-search">{t('finder.search')}</label>
      <p id="mg-finder-hint" class="mg-hint">{t('finder.searchHint')}</p>
      <input id="mg-finder-search" type="search" data-autofocus aria-describedby="mg-finder-hint mg-finder-count" autocomplete="off"
        value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      <p id="mg-finder-count" class="mg-hint" role="status">{matches.length > 0 ? t('finder.results', { count: matches.length }) : t('finder.none')}</p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`mg-finder-${group.key}`}>
          <h3 id={`mg-finder-${group.key}`}>{group.title}</h3>
          <ul class="mg-choices">
            {group.items.map((item, index) => (
              <li key={index}>
                <button type="button" class="mg-button mg-choice" onClick={() => state.chooseFromList(item.element)}>{item.target.label}</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" class="mg-button mg-quiet" onClick={() => state.openMenu()}>{t('finder.back')}</button>
    </Dialog>
  );
}
