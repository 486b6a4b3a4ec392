import { useEffect, useRef } from 'preact/hooks';
import type { OverlayState } from '../overlay/state';

/**
 * Tells a person that they are pointing, and how to stop; the outline follows the pointer. When text
 * is selected (by touch or keyboard), a button takes it, since no click follows a selection there.
 */
export function PickerBanner({ state, selection, onTakeSelection }: { state: OverlayState; selection: boolean; onTakeSelection(): void }) {
  const t = state.t.value;
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const box = state.hovered.value?.getBoundingClientRect();
  return (
    <>
      <div class="mg-banner" role="region" aria-label={t('picker.banner')}>
        <p>{t('picker.banner')}</p>
        <div class="mg-actions">
          {selection && (
            <button type="button" class="mg-button mg-primary" onClick={onTakeSelection}>{t('picker.takeSelection')}</button>
          )}
          <button type="button" class="mg-button" ref={cancel} onClick={() => state.cancelPicking()}>
            {t('picker.escape')}
          </button>
        </div>
      </div>
      {box && (
        // Positioned through the CSSOM (Preact sets style properties), which a strict CSP allows.
        <div class="mg-highlight" aria-hidden="true" style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }} />
      )}
    </>
  );
}
