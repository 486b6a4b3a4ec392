import type { OverlayState } from '../overlay/state';

/** Tells a person that they are choosing, and how to stop. The outline follows the pointer. */
export function PickerBanner({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const hovered = state.hovered.value;
  const box = hovered?.getBoundingClientRect();
  return (
    <>
      <div class="mg-banner" role="status">
        <span>{t('picker.banner')}</span>
        <button type="button" class="mg-button mg-quiet" onClick={() => state.cancelPicking()}>
          {t('picker.escape')}
        </button>
      </div>
      {box && (
        <div
          class="mg-highlight"
          aria-hidden="true"
          style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      )}
    </>
  );
}
