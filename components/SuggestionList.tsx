import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { StoredReceipt, StoredSuggestion } from '../lib/model';
import { isEditable } from '../lib/model/suggestion-rules';
import { Dialog } from './Dialog';
import { targetLabel } from './target-label';
import { VisibleText } from './VisibleText';

export interface SuggestionListItem {
  stored: StoredSuggestion;
  /** The number of its marker on this page. */
  number?: number;
  /** Its place on the page is gone: the page changed since. */
  pageChanged: boolean;
  /** The receipt code and the administration's answer, as last looked up. */
  receipt?: StoredReceipt;
}

interface ItemProps {
  t: Translate;
  item: SuggestionListItem;
  showPage: boolean;
  onEdit(id: string): void;
  /** Resolves once withdrawn; false when it was refused (the reason is shown by the list). */
  onWithdraw(id: string): Promise<boolean>;
}

/** Once the backlog has a suggestion it stays there; only what has not arrived can be taken back. */
const mayWithdraw = ({ status }: StoredSuggestion) => status !== 'sent' && status !== 'answered';

function SuggestionItem({ t, item, showPage, onEdit, onWithdraw }: ItemProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const entry = useRef<HTMLLIElement>(null);
  const asked = useRef(false);
  // The question replaces the button and goes away again: focus follows, or it would fall out of the
  // dialog onto the page.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) withdrawButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const { suggestion, status } = item.stored;
  const id = suggestion.id;
  /** Withdraw, then go on to the next entry (or the one before, or the heading): never to nowhere. */
  const withdraw = async () => {
    const here = entry.current;
    const neighbour = (here?.nextElementSibling ?? here?.previousElementSibling) as HTMLElement | null;
    const heading = here?.closest('[role="dialog"]')?.querySelector<HTMLElement>('h2');
    if (await onWithdraw(id)) (neighbour?.isConnected ? neighbour : heading)?.focus();
    else setConfirming(false);
  };
  const { receipt } = item;
  return (
    <li id={`mg-item-${id}`} tabIndex={-1} data-suggestion-id={id} ref={entry}>
      <p class="mg-item-head">
        {item.number !== undefined && <span class="mg-number" aria-hidden="true">{item.number}</span>}
        <strong>{targetLabel(suggestion.target, t)}</strong>
      </p>
      {showPage && <p class="mg-hint">{suggestion.page.title}</p>}
      <p><VisibleText text={suggestion.problem} /></p>
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
          <p><VisibleText text={receipt.status.publicAnswer} /></p>
        </div>
      )}
      <div class="mg-actions">
        {isEditable(item.stored) && (
          <button type="button" class="mg-button" aria-describedby={`mg-item-${id}`} onClick={() => onEdit(id)}>{t('list.edit')}</button>
        )}
        {mayWithdraw(item.stored) &&
          (confirming ? (
            <span class="mg-confirm" role="group" aria-label={t('list.confirmDelete')}>
              <span>{t('list.confirmDelete')}</span>
              <button type="button" class="mg-button mg-danger" ref={confirmButton} onClick={() => void withdraw()}>{t('list.confirmYes')}</button>
              <button type="button" class="mg-button" onClick={() => setConfirming(false)}>{t('list.confirmNo')}</button>
            </span>
          ) : (
            <button type="button" class="mg-button mg-quiet" ref={withdrawButton} onClick={() => setConfirming(true)}>{t('list.delete')}</button>
          ))}
      </div>
    </li>
  );
}

interface SuggestionListProps {
  t: Translate;
  tab: 'page' | 'everywhere';
  items: SuggestionListItem[];
  /** The entry to bring into view and focus (opened from its marker). */
  focusItem: string | null;
  error: string | null;
  onTab(tab: 'page' | 'everywhere'): void;
  onEdit(id: string): void;
  onWithdraw(id: string): Promise<boolean>;
  onClose(): void;
}

/** The person's suggestions on this page or on every page, with status, answer and what can still be done. */
export function SuggestionList({ t, tab, items, focusItem, error, onTab, onEdit, onWithdraw, onClose }: SuggestionListProps) {
  const list = useRef<HTMLOListElement>(null);
  // Opened from a marker: take the person straight to that suggestion.
  useEffect(() => {
    if (focusItem) list.current?.querySelector<HTMLElement>(`[data-suggestion-id="${focusItem}"]`)?.focus();
  }, [focusItem]);

  return (
    <Dialog id="mg-list" title={t('list.title')} onClose={onClose} class="mg-list">
      <div class="mg-tabs" role="group" aria-label={t('list.title')}>
        {(['page', 'everywhere'] as const).map((name) => (
          <button key={name} type="button" class="mg-button mg-tab" aria-pressed={tab === name} onClick={() => onTab(name)}>
            {t(name === 'page' ? 'list.thisPage' : 'list.everywhere')}
          </button>
        ))}
      </div>
      {items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ol class="mg-items" ref={list}>
          {items.map((item) => (
            <SuggestionItem key={item.stored.suggestion.id} t={t} item={item} showPage={tab === 'everywhere'} onEdit={onEdit} onWithdraw={onWithdraw} />
          ))}
        </ol>
      )}
      {error && <p class="mg-error" role="alert">{error}</p>}
      <button type="button" class="mg-button" onClick={onClose}>{t('menu.close')}</button>
    </Dialog>
  );
}
