import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

/**
 * Asked when a person closes the form or review with text they have not saved: Escape or "Abbrechen"
 * pressed by mistake must not throw away what a stressed person took minutes to write.
 */
export function DiscardQuestion({ t, onKeep, onDiscard }: { t: Translate; onKeep(): void; onDiscard(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div class="mg-question" role="alertdialog" aria-labelledby="mg-discard-title" aria-describedby="mg-discard-text">
      <h3 id="mg-discard-title">{t('discard.title')}</h3>
      <p id="mg-discard-text">{t('discard.text')}</p>
      <div class="mg-actions">
        <button type="button" class="mg-button mg-primary" ref={keep} onClick={onKeep}>{t('discard.keep')}</button>
        <button type="button" class="mg-button mg-danger" onClick={onDiscard}>{t('discard.confirm')}</button>
      </div>
    </div>
  );
}
