import type { ComponentChildren } from 'preact';
import type { Language } from '../../lib/model';
import type { BoardTranslate } from './types';

export type BoardTab = 'clusters' | 'overview' | 'charts';

interface BoardViewProps {
  t: BoardTranslate;
  language: Language;
  languages: ReadonlyArray<{ code: Language; name: string }>;
  /** Where the suggestions come from, in words ("Importierte Dateien", "Backlog …"). */
  sourceLine: string;
  /** A link to the board on the other source, where there is one. */
  otherSource?: { href: string; label: string };
  tab: BoardTab;
  /** The live region's message: what just happened. */
  status: string;
  onLanguage(language: Language): void;
  onTab(tab: BoardTab): void;
  /** The import panel (file-based board) or nothing. */
  importPanel?: ComponentChildren;
  filters: ComponentChildren;
  main: ComponentChildren;
  exportPanel: ComponentChildren;
}

/** The board's frame: heading, language, views, and one live region for everything that happens. */
export function BoardView({ t, language, languages, sourceLine, otherSource, tab, status, onLanguage, onTab, importPanel, filters, main, exportPanel }: BoardViewProps) {
  const tabs: BoardTab[] = ['clusters', 'overview', 'charts'];
  return (
    <div class="mg-board">
      <header class="mg-board-head">
        <div>
          <h1>{t('board.title')}</h1>
          <p class="mg-hint">
            {sourceLine}
            {otherSource && (
              <>
                {' · '}
                <a href={otherSource.href}>{otherSource.label}</a>
              </>
            )}
          </p>
        </div>
        <div class="mg-field">
          <label for="board-language">{t('board.language')}</label>
          <select id="board-language" value={language} onChange={(event) => onLanguage(event.currentTarget.value as Language)}>
            {languages.map((option) => (
              <option key={option.code} value={option.code} lang={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      </header>
      <p class="mg-status" role="status" aria-live="polite">
        {status}
      </p>
      <main>
        {importPanel}
        <nav class="mg-tabs" aria-label={t('board.views')}>
          {tabs.map((name) => (
            <button key={name} type="button" class="mg-button" aria-pressed={tab === name} onClick={() => onTab(name)}>
              {t(`board.tab.${name}`)}
            </button>
          ))}
        </nav>
        {filters}
        {main}
        {exportPanel}
      </main>
    </div>
  );
}
