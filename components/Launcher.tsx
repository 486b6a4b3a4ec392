import type { LauncherCorner } from '../lib/model';
import type { OverlayState } from '../overlay/state';

export interface LauncherPlacement {
  corner: LauncherCorner;
  collapsed: boolean;
}

/**
 * The always-visible entry point. It sits in a corner where it covers none of the page's own
 * controls (see overlay/launcher-placement), and a person can shrink it or move it to another corner.
 */
export function Launcher({ state, placement, onMove }: { state: OverlayState; placement: LauncherPlacement; onMove(): void }) {
  const t = state.t.value;
  const count = state.page.onPage.value.length;
  const { collapsed, corner } = placement;
  return (
    <div class={`mg-dock mg-dock-${corner}${collapsed ? ' mg-collapsed' : ''}`}>
      <button type="button" class="mg-launcher" aria-haspopup="dialog" aria-label={collapsed ? t('launcher.open') : undefined}
        data-launcher onClick={() => state.openMenu()}>
        <span aria-hidden="true" class="mg-launcher-icon">✎</span>
        {!collapsed && <span>{t('launcher.open')}</span>}
        {!collapsed && count > 0 && <span class="mg-badge">{t('launcher.count', { count })}</span>}
      </button>
      <button type="button" class="mg-dock-tool" aria-label={t(collapsed ? 'launcher.expand' : 'launcher.collapse')}
        onClick={() => void state.preferences.setLauncher({ collapsed: !collapsed })}>
        <span aria-hidden="true">{collapsed ? '+' : '–'}</span>
      </button>
      {!collapsed && (
        <button type="button" class="mg-dock-tool" aria-label={t('launcher.move')} onClick={onMove}>
          <span aria-hidden="true">⇲</span>
        </button>
      )}
    </div>
  );
}
