import { Language } from '../lib/model';
import { translator } from '../lib/i18n';
import type { OverlayState } from '../overlay/state';
import { Dialog } from './Dialog';
import { shortLabel } from './target-label';

/** The first choice: how to say where the problem is, or look at what was saved. */
export function Menu({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const focused = state.focusedField.value;
  // A single-page app may have replaced the field since: then it is no longer offered.
  const focusedLabel = focused?.field.isConnected ? shortLabel(focused.label) : undefined;
  return (
    <Dialog id="mg-menu" title={t('menu.title')} onClose={() => state.close()} class="mg-menu">
      <p>{t('menu.intro')}</p>
      <button type="button" class="mg-button mg-primary" data-autofocus aria-describedby="mg-pick-hint" onClick={() => state.startPicking()}>
        {t('menu.pick')}
      </button>
      <p id="mg-pick-hint" class="mg-hint">{t('menu.pickHint')}</p>
      {focusedLabel && (
        <button type="button" class="mg-button" onClick={() => state.chooseFocusedField()}>
          {t('menu.focusedField', { label: focusedLabel })}
        </button>
      )}
      <button type="button" class="mg-button" onClick={() => state.openFinder()}>{t('menu.finder')}</button>
      <button type="button" class="mg-button" onClick={() => state.chooseWholePage()}>{t('menu.wholePage')}</button>
      <button type="button" class="mg-button" onClick={() => void state.openList({ tab: 'page' })}>
        {t('menu.mySuggestions', { count: state.page.onPage.value.length })}
      </button>
      <button type="button" class="mg-button" onClick={() => void state.openSend()}>
        {t('menu.send', { count: state.sending.overview.value?.waiting.length ?? 0 })}
      </button>
      <label for="mg-language">{t('menu.language')}</label>
      <select id="mg-language" value={state.preferences.language.value}
        onChange={(event) => void state.preferences.setLanguage(event.currentTarget.value as Language)}>
        {Language.options.map((language) => (
          <option value={language} lang={language}>{translator(language)('language.name')}</option>
        ))}
      </select>
      <button type="button" class="mg-button mg-quiet" onClick={() => state.close()}>{t('menu.close')}</button>
    </Dialog>
  );
}
