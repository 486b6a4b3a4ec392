import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { ListedTarget } from '../overlay/link';
import { Dialog } from './Dialog';

interface FinderProps {
  t: Translate;
  /** The page's fields and sections; the one the person was in (`current`) comes first, so keyboard pointing starts there. */
  targets: ListedTarget[];
  /** The entries whose label holds every word of `query`. */
  search(targets: readonly ListedTarget[], query: string): ListedTarget[];
  onChoose(target: ListedTarget): void;
  onBack(): void;
  onClose(): void;
}

/**
 * The keyboard and screen-reader way to choose a place: every field and section of the page by its
 * visible label, narrowed down by typing.
 */
export function Finder({ t, targets, search, onChoose, onBack, onClose }: FinderProps) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => search(targets, query), [targets, query, search]);
  const here = matches.find((item) => item.current);
  const groups = [
    { key: 'current', title: t('finder.current'), items: here ? [here] : [] },
    { key: 'field', title: t('finder.fields'), items: matches.filter((item) => item.group === 'field' && item !== here) },
    { key: 'section', title: t('finder.sections'), items: matches.filter((item) => item.group === 'section' && item !== here) },
  ].filter((group) => group.items.length > 0);

  return (
    <Dialog id="mg-finder" title={t('finder.title')} onClose={onClose} class="mg-finder">
      <label for="mg-finder-search">{t('finder.search')}</label>
      <p id="mg-finder-hint" class="mg-hint">{t('finder.searchHint')}</p>
      <input id="mg-finder-search" type="search" data-autofocus aria-describedby="mg-finder-hint mg-finder-count" autocomplete="off"
        value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      <p id="mg-finder-count" class="mg-hint" role="status">{matches.length > 0 ? t('finder.results', { count: matches.length }) : t('finder.none')}</p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`mg-finder-${group.key}`}>
          <h3 id={`mg-finder-${group.key}`}>{group.title}</h3>
          <ul class="mg-choices">
            {group.items.map((item) => (
              <li key={item.key}>
                <button type="button" class="mg-button mg-choice" onClick={() => onChoose(item)}>{item.target.label}</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" class="mg-button mg-quiet" onClick={onBack}>{t('finder.back')}</button>
    </Dialog>
  );
}
