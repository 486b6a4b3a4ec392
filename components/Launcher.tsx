import type { OverlayState } from '../overlay/state';

/** The always-visible entry point: one button, with the number of suggestions saved on this page. */
export function Launcher({ state }: { state: OverlayState }) {
  const t = state.t.value;
  const count = state.onPage.value.length;
  return (
    <button type="button" class="mg-launcher" aria-haspopup="dialog" onClick={() => state.openMenu()}>
      <span aria-hidden="true" class="mg-launcher-icon">✎</span>
      <span>{t('launcher.open')}</span>
      {count > 0 && <span class="mg-badge">{t('launcher.count', { count })}</span>}
    </button>
  );
}
