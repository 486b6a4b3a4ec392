import { useEffect, useRef } from 'preact/hooks';
import { Finder } from '../components/Finder';
import { Markers, type MarkerItem } from '../components/Markers';
import { Menu } from '../components/Menu';
import { PickerBanner } from '../components/PickerBanner';
import { Review } from '../components/Review';
import { SendPanel } from '../components/SendPanel';
import { SuggestionForm } from '../components/SuggestionForm';
import { SuggestionList, type SuggestionListItem } from '../components/SuggestionList';
import type { Panel } from './navigation';
import { filterTargets } from './page-targets';
import type { OverlayState } from './state';

const focusable = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && element.matches('a[href], button, input, select, textarea, [tabindex]');

export type Audience = 'claimant' | 'caseworker';

/** What differs between the shells' people: who reads what, and whether files are offered. */
export interface ShellWording {
  audience: Audience;
  privacyUrl?: string;
  fileTransfer: boolean;
}

interface OverlayAppProps {
  state: OverlayState;
  shell: ShellWording;
  /** Focus the launcher (it lives beside the panels, shown by overlay/boot.ts). */
  onFocusLauncher(): void;
  onTakeSelection(): void;
}

/**
 * The container: maps the overlay's state to the views in components/ (which take props and callbacks
 * only) and shows one panel at a time, plus the markers and a live region that are always there. When
 * the overlay closes, focus goes back where it came from: the page field, or the launcher (which
 * overlay/boot.ts shows on every page view, before any of this is loaded).
 */
export function OverlayApp({ state, shell, onFocusLauncher, onTakeSelection }: OverlayAppProps) {
  const panel = state.panel.value;
  const t = state.t.value;
  const language = state.preferences.language.value;
  const previousPanel = useRef<Panel>(panel);

  useEffect(() => {
    const wasOpen = previousPanel.current !== 'closed';
    previousPanel.current = panel;
    if (panel !== 'closed' || !wasOpen) return;
    const origin = state.returnFocusTo.value;
    if (focusable(origin)) origin.focus();
    else onFocusLauncher();
  }, [panel]);

  const onPage = state.page.onPage.value;
  const markers: MarkerItem[] = onPage.flatMap(({ stored, number, at }) => (at ? [{ id: stored.suggestion.id, number, target: stored.suggestion.target, at }] : []));
  const target = state.draft.target.value;
  const close = () => state.close();
  const discard = () => state.close({ discard: true });

  return (
    <div class="mg-root" lang={language} dir={state.preferences.direction.value}>
      <Markers t={t} rtl={state.preferences.direction.value === 'rtl'} markers={markers}
        onOpen={(id, from) => void state.openList({ tab: 'page', focus: id, from })} />
      {panel === 'menu' && (
        <Menu t={t} language={language} claimant={shell.audience === 'claimant'} privacyUrl={shell.privacyUrl}
          focusedLabel={state.focusedField.value?.field.isConnected ? state.focusedField.value.label : undefined}
          pageCount={onPage.length} waitingCount={state.sending.overview.value?.waiting.length ?? 0}
          onLanguage={(next) => void state.preferences.setLanguage(next)} onPick={state.startPicking} onFocusedField={state.chooseFocusedField}
          onFinder={state.openFinder} onWholePage={state.chooseWholePage} onList={() => void state.openList({ tab: 'page' })}
          onSend={() => void state.openSend()} onClose={close} />
      )}
      {panel === 'picking' && (
        <PickerBanner t={t} hasSelection={state.pointing.selection.value !== null} highlight={state.pointing.hovered.value?.getBoundingClientRect() ?? null}
          onTakeSelection={onTakeSelection} onCancel={state.cancelPicking} />
      )}
      {panel === 'finder' && (
        <Finder t={t} targets={state.pointing.finderTargets.value} search={filterTargets} current={state.focusedField.value?.field}
          onChoose={state.chooseFromList} onBack={() => state.openMenu()} onClose={close} />
      )}
      {panel === 'form' && target && (
        <SuggestionForm t={t} target={target} values={state.draft.values.value} editing={state.draft.editing.value !== null}
          confirmingDiscard={state.writing.confirmingDiscard.value} onChange={state.draft.update} onNext={state.review} onClose={close}
          onKeepWriting={state.keepWriting} onDiscard={discard} />
      )}
      {panel === 'review' && target && (
        <Review t={t} language={language} target={target} pageTitle={state.pagePreview.value?.title ?? ''} values={state.draft.values.value}
          review={state.draft.review.value} removedCount={state.draft.removedCount.value} sensitiveConfirmed={state.draft.sensitiveConfirmed.value}
          busy={state.busy.value} error={state.error.value} confirmingDiscard={state.writing.confirmingDiscard.value}
          onConfirmSensitive={(confirmed) => (state.draft.sensitiveConfirmed.value = confirmed)} onSave={() => void state.save()}
          onRemoveName={state.draft.removePossibleName}
          onBack={state.backToForm} onClose={close} onKeepWriting={state.keepWriting} onDiscard={discard} />
      )}
      {panel === 'list' && (
        <SuggestionList t={t} tab={state.listTab.value} items={listItems(state)} focusItem={state.focusItem.value} error={state.error.value}
          onTab={(tab) => void state.showTab(tab)} onEdit={state.edit} onClose={close}
          onWithdraw={async (id) => {
            await state.withdraw(id);
            return state.error.value === null;
          }} />
      )}
      {panel === 'send' && (
        <SendPanel t={t} language={language} claimant={shell.audience === 'claimant'} fileTransfer={shell.fileTransfer} overview={state.sending.overview.value} progress={state.sending.progress.value}
          lastSend={state.sending.lastSend.value} lastImport={state.sending.lastImport.value} busy={state.busy.value} error={state.error.value}
          onSend={() => void state.sendNow('all-unsent')} onExport={(format, container) => void state.exportUnsent(format, container)}
          onImport={state.importFile} onClose={close} />
      )}
      <div class="mg-visually-hidden" role="status" aria-live="polite">{state.announcement.value}</div>
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
    ? state.page.onPage.value.map(({ stored, number, at }) => withReceipt({ stored, number, pageChanged: at === null && stored.suggestion.target.kind !== 'page' }))
    : state.page.everywhere.value.map((stored) => withReceipt({ stored, pageChanged: false }));
}
