import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredSuggestion } from '../lib/model';
import { isEditable } from '../lib/model';
import type { OverlayState } from '../overlay/state';
import { Dialog } from './Dialog';
import { targetLabel } from './target-label';

interface Item {
  stored: StoredSuggestion;
  number?: number;
  pageChanged: boolean;
}

function SuggestionItem({ state, item, showPage }: { state: OverlayState; item: Item; showPage: boolean }) {
  const t = state.t.value;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const entry = useRef<HTMLLIElement>(null);
  const asked = useRef(false);
  // The question replaces the delete button and goes away again: focus follows, or it would fall
  // out of the dialog onto the page.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  /** Delete, then go on to the next entry (or the one before, or the heading): never to nowhere. */
  const remove = async () => {
    const here = entry.current;
    const neighbour = (here?.nextElementSibling ?? here?.previousElementSibling) as HTMLElement | null;
    const heading = here?.closest('[role="dialog"]')?.querySelector<HTMLElement>('h2');
    await state.remove(id);
    if (!state.error.value) (neighbour?.isConnected ? neighbour : heading)?.focus();
  };
  const { suggestion, status } = item.stored;
  const id = suggestion.id;
  const receipt = state.sending.receipts.value.get(id);
  return (
    <li id={`mg-item-${id}`} tabIndex={-1} data-suggestion-id={id} ref={entry}>
      <p class="mg-item-head">
        {item.number !== undefined && <span class="mg-number" aria-hidden="true">{item.number}</span>}
        <strong>{targetLabel(suggestion.target, t)}</strong>
      </p>
      {showPage && <p class="mg-hint">{suggestion.page.title}</p>}
      <p>{suggestion.problem}</p>
      <p class="mg-status">
        {t(`status.${status}`)}
        {item.pageChanged && <span class="mg-warning"> · {t('list.pageChanged')}</span>}
      </p>
      {receipt && (
        <p class="mg-status">
          {t('list.receipt', { code: receipt.receiptCode })}
          {receipt.status && <> · <strong>{t(`backlog.${receipt.status.status}`)}</strong></>}
        </p>
      )}
      {receipt?.status?.publicAnswer && (
        <div class="mg-answer">
          <p><strong>{t('list.answer')}</strong></p>
          <p>{receipt.status.publicAnswer}</p>
        </div>
      )}
      <div class="mg-actions">
        {isEditable(item.stored) && (
          <button type="button" class="mg-button" aria-describedby={`mg-item-${id}`} onClick={() => state.edit(id)}>{t('list.edit')}</button>
        )}
        {confirming ? (
          <span class="mg-confirm" role="group" aria-label={t('list.confirmDelete')}>
            <span>{t('list.confirmDelete')}</span>
            <button type="button" class="mg-button mg-danger" ref={confirmButton} onClick={() => void remove()}>{t('list.confirmYes')}</button>
            <button type="button" class="mg-button" onClick={() => setConfirming(false)}>{t('list.confirmNo')}</button>
          </span>
        ) : (
          <button type="button" class="mg-button mg-quiet" ref={deleteButton} onClick={() => setConfirming(true)}>{t('list.delete')}</button>
        )}
      </div>
    </li>
  );
}

/** The person's suggestions on this page or on every page, with status and what can still be done. */
export function SuggestionList({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const tab = state.listTab.value;
  const focusItem = state.focusItem.value;
  const items: Item[] =
    tab === 'page'
      ? state.page.onPage.value.map(({ stored, number, at }) => ({ stored, number, pageChanged: at === null && stored.suggestion.target.kind !== 'page' }))
      : state.page.everywhere.value.map((stored) => ({ stored, pageChanged: false }));

  const list = useRef<HTMLOListElement>(null);
  // Opened from a marker: take the person straight to that suggestion.
  useEffect(() => {
    if (focusItem) list.current?.querySelector<HTMLElement>(`[data-suggestion-id="${focusItem}"]`)?.focus();
  }, [focusItem]);

  return (
    <Dialog id="mg-list" title={t('list.title')} onClose={() => state.close()} class="mg-list">
      <div class="mg-tabs" role="group" aria-label={t('list.title')}>
        {(['page', 'everywhere'] as const).map((name) => (
          <button type="button" class="mg-button mg-tab" aria-pressed={tab === name} onClick={() => void state.showTab(name)}>
            {t(name === 'page' ? 'list.thisPage' : 'list.everywhere')}
          </button>
        ))}
      </div>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ol class="mg-items" ref={list}>
          {items.map((item) => <SuggestionItem key={item.stored.suggestion.id} state={state} item={item} showPage={tab === 'everywhere'} />)}
        </ol>
      )}
      {state.error.value && <p class="mg-error" role="alert">{state.error.value}</p>}
      <button type="button" class="mg-button" onClick={() => state.close()}>{t('menu.close')}</button>
    </Dialog>
  );
}
