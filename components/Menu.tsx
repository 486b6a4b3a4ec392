import { LANGUAGE_NAMES, type Translate } from '../lib/i18n';
import type { Language } from '../lib/model';
import { LANGUAGES } from '../lib/model/languages';
import { Dialog } from './Dialog';
import { shortLabel } from './target-label';

interface MenuProps {
  t: Translate;
  language: Language;
  /** Claimants (the widget) are told who reads their suggestions, and where the privacy notice is. */
  claimant: boolean;
  privacyUrl: string | undefined;
  /** The label of the page field the person was just in, when it is still there. */
  focusedLabel: string | undefined;
  /** This page's suggestions and those waiting to be sent; undefined until the device has answered (no count is shown, never a wrong one). */
  pageCount: number | undefined;
  waitingCount: number | undefined;
  onLanguage(language: Language): void;
  onPick(): void;
  onFocusedField(): void;
  onFinder(): void;
  onWholePage(): void;
  onList(): void;
  onSend(): void;
  onClose(): void;
}

/** The first choice: how to say where the problem is, or look at what was saved. */
export function Menu({ t, language, claimant, privacyUrl, focusedLabel, pageCount, waitingCount, ...on }: MenuProps) {
  return (
    <Dialog id="mg-menu" title={t('menu.title')} onClose={on.onClose} class="mg-menu">
      {/* First, and each language in its own words: someone who cannot read this one finds theirs. */}
      <div class="mg-language">
        <label for="mg-language">{t('menu.language')}</label>
        <select id="mg-language" value={language} onChange={(event) => on.onLanguage(event.currentTarget.value as Language)}>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>{LANGUAGE_NAMES[option]}</option>
          ))}
        </select>
      </div>
      {claimant && (
        <p class="mg-hint">
          {t('widget.about')}
          {privacyUrl && <> <a href={privacyUrl} target="_blank" rel="noopener noreferrer">{t('widget.privacyLink')}</a></>}
        </p>
      )}
      <p>{t('menu.intro')}</p>
      <button type="button" class="mg-button mg-primary" data-autofocus aria-describedby="mg-pick-hint" onClick={on.onPick}>{t('menu.pick')}</button>
      <p id="mg-pick-hint" class="mg-hint">{t('menu.pickHint')}</p>
      {focusedLabel && (
        <button type="button" class="mg-button" onClick={on.onFocusedField}>{t('menu.focusedField', { label: shortLabel(focusedLabel) })}</button>
      )}
      <button type="button" class="mg-button" onClick={on.onFinder}>{t('menu.finder')}</button>
      <button type="button" class="mg-button" onClick={on.onWholePage}>{t('menu.wholePage')}</button>
      <button type="button" class="mg-button" onClick={on.onList}>{pageCount === undefined ? t('list.title') : t('menu.mySuggestions', { count: pageCount })}</button>
      <button type="button" class="mg-button" onClick={on.onSend}>{waitingCount === undefined ? t('send.title') : t('menu.send', { count: waitingCount })}</button>
      <button type="button" class="mg-button mg-quiet" onClick={on.onClose}>{t('menu.close')}</button>
    </Dialog>
  );
}
