import type { BoardTranslate } from './types';

interface FrictionPanelProps {
  t: BoardTranslate;
  pages: ReadonlyArray<{ url: string; title: string; count: number }>;
  onShow(url: string): void;
}

/** The friction map's way in: the pages people pointed at, each opened with its markers. */
export function FrictionPanel({ t, pages, onShow }: FrictionPanelProps) {
  return (
    <section class="mg-friction" aria-labelledby="board-friction-title">
      <h2 id="board-friction-title">{t('board.friction.title')}</h2>
      <p class="mg-hint">{t('board.friction.intro')}</p>
      <ul class="mg-pages">
        {pages.slice(0, 20).map((page) => (
          <li key={page.url}>
            <span>
              <strong>{page.title}</strong> – {t('board.suggestionCount', { count: page.count })}
              <span class="mg-hint mg-url">{page.url}</span>
            </span>
            <button type="button" class="mg-button" onClick={() => onShow(page.url)} aria-label={t('board.friction.showOn', { title: page.title })}>
              {t('board.friction.show')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
