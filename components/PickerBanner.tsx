import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

interface PickerBannerProps {
  t: Translate;
  /** Text is selected on the page (by touch or keyboard, where no click follows). */
  hasSelection: boolean;
  /** Outline of what is under the pointer, in viewport coordinates. */
  highlight: DOMRect | null;
  onTakeSelection(): void;
  onCancel(): void;
}

/** Tells a person that they are pointing, and how to stop; the outline follows the pointer. */
export function PickerBanner({ t, hasSelection, highlight, onTakeSelection, onCancel }: PickerBannerProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <>
      <div class="mg-banner" role="region" aria-label={t('picker.banner')}>
        <p>{t('picker.banner')}</p>
        <div class="mg-actions">
          {hasSelection && <button type="button" class="mg-button mg-primary" onClick={onTakeSelection}>{t('picker.takeSelection')}</button>}
          <button type="button" class="mg-button" ref={cancel} onClick={onCancel}>{t('picker.escape')}</button>
        </div>
      </div>
      {highlight && (
        // Positioned through the CSSOM (Preact sets style properties), which a strict CSP allows.
        <div class="mg-highlight" aria-hidden="true"
          style={{ top: `${highlight.top}px`, left: `${highlight.left}px`, width: `${highlight.width}px`, height: `${highlight.height}px` }} />
      )}
    </>
  );
}
