import { signal } from '@preact/signals';
import { sharedUntilFailure } from '../lib/async/shared-until-failure';
import { Menu } from '../components/Menu';
import type { SuggestionListItem } from '../components/SuggestionList';
import { filterTargets } from './filter-targets';
import type { OverlayState } from './state';

export type Audience = 'claimant' | 'caseworker';

/** The views of the other panels, once loaded: until then only the menu can show. */
const panelViews = signal<typeof import('./panel-views') | null>(null);

/** Load the other panels' views (once; a failed load is tried again on the next call). */
export const loadPanelViews: () => Promise<void> = sharedUntilFailure(() => import('./panel-views').then((views) => void (panelViews.value = views)));

/** What differs between the shells' people: who reads what, and whether files are offered. */
export interface ShellWording {
  audience: Audience;
  privacyUrl?: string;
  fileTransfer: boolean;
}

/**
 * The panels' container: maps their state to the views in components/ (which take props and callbacks
 * only) and shows one panel at a time. The page's side (markers, pointing, focus on the page, and the live
 * region that announces what happened) is the page agent's (overlay/page-agent.tsx).
 */
export function OverlayApp({ state, shell }: { state: OverlayState; shell: ShellWording }) {
  const panel = state.panel.value;
  const t = state.t.value;
  const language = state.preferences.language.value;
  const target = state.draft.target.value;
  const review = state.draft.review.value;
  const close = () => state.close();
  const discard = () => state.close({ discard: true });
  // A panel other than the menu opened before its view arrived (a marker opens the list) shows once it has.
  const views = panelViews.value;

  return (
    <div class="mg-root" lang={language} dir={state.preferences.direction.value}>
      {panel === 'menu' && (
        <Menu t={t} language={language} claimant={shell.audience === 'claimant'} privacyUrl={shell.privacyUrl}
          focusedLabel={state.page.focusedLabel.value ?? undefined}
          pageCount={state.page.pageCount.value ?? undefined} waitingCount={state.sending.overview.value?.waiting.length}
          onLanguage={(next) => void state.preferences.setLanguage(next)} onPick={state.startPicking} onFocusedField={state.chooseFocusedField}
          onFinder={() => void state.openFinder()} onWholePage={state.chooseWholePage} onList={() => void state.openList({ tab: 'page' })}
          onSend={() => void state.openSend()} onClose={close} />
      )}
      {panel === 'finder' && views && (
        <views.Finder t={t} targets={state.finderTargets.value} search={filterTargets}
          onChoose={state.chooseFromList} onBack={() => state.openMenu()} onClose={close} />
      )}
      {panel === 'form' && target && views && (
        <views.SuggestionForm t={t} target={target} values={state.draft.values.value} editing={state.draft.editing.value !== null}
          confirmingDiscard={state.writing.confirmingDiscard.value} error={state.error.value} onChange={state.draft.update} onNext={() => void state.review()} onClose={close}
          onKeepWriting={state.keepWriting} onDiscard={discard} />
      )}
      {panel === 'review' && target && review && views && (
        <views.Review t={t} language={language} target={target} pageTitle={state.pagePreview.value?.title ?? ''} values={state.draft.values.value}
          review={review} removedCount={state.draft.removedCount.value} sensitiveConfirmed={state.draft.sensitiveConfirmed.value}
          busy={state.busy.value} error={state.error.value} confirmingDiscard={state.writing.confirmingDiscard.value}
          onConfirmSensitive={(confirmed) => (state.draft.sensitiveConfirmed.value = confirmed)} onSave={() => void state.save()}
          onRemoveName={state.draft.removePossibleName}
          onBack={state.backToForm} onClose={close} onKeepWriting={state.keepWriting} onDiscard={discard} />
      )}
      {panel === 'list' && views && (
        <views.SuggestionList t={t} tab={state.listTab.value} items={listItems(state)} focusItem={state.focusItem.value} error={state.error.value}
          onTab={(tab) => void state.showTab(tab)} onEdit={state.edit} onClose={close}
          onWithdraw={async (id) => {
            await state.withdraw(id);
            return state.error.value === null;
          }} />
      )}
      {panel === 'send' && views && (
        <views.SendPanel t={t} language={language} claimant={shell.audience === 'claimant'} fileTransfer={shell.fileTransfer} overview={state.sending.overview.value} progress={state.sending.progress.value}
          lastSend={state.sending.lastSend.value} lastImport={state.sending.lastImport.value} busy={state.busy.value} error={state.error.value}
          onSend={() => void state.sendNow('all-unsent')} onExport={(format, container) => void state.exportUnsent(format, container)}
          onImport={state.importFile} onClose={close} />
      )}
    </div>
  );
}

/** The list's entries: this page's, numbered like their markers, or every page's. */
function listItems(state: OverlayState): SuggestionListItem[] {
  const receipts = state.sending.receipts.value;
  const withReceipt = (item: Omit<SuggestionListItem, 'receipt'>): SuggestionListItem => {
    const receipt = receipts.get(item.stored.suggestion.id);
    return receipt ? { ...item, receipt } : item;
  };
  return state.listTab.value === 'page'
    ? state.page.onPage.value.map(({ stored, number, placed }) => withReceipt({ stored, number, pageChanged: !placed && stored.suggestion.target.kind !== 'page' }))
    : state.page.everywhere.value.map((stored) => withReceipt({ stored, pageChanged: false }));
}
