import type { Translate } from '../lib/i18n';
import type { LauncherCorner } from '../lib/model';

export interface LauncherPlacement {
  corner: LauncherCorner;
  collapsed: boolean;
}

interface LauncherProps {
  t: Translate;
  placement: LauncherPlacement;
  /** Suggestions saved on this page, shown as a badge. */
  count: number;
  onOpen(): void;
  onToggleSize(): void;
  onMove(): void;
}

/**
 * The always-visible entry point. It sits in a corner where it covers none of the page's own
 * controls (see overlay/launcher-placement), and a person can shrink it or move it to another corner.
 */
export function Launcher({ t, placement, count, onOpen, onToggleSize, onMove }: LauncherProps) {
  const { collapsed, corner } = placement;
  return (
    <div class={`mg-dock mg-dock-${corner}${collapsed ? ' mg-collapsed' : ''}`}>
      <button type="button" class="mg-launcher" aria-haspopup="dialog" aria-label={collapsed ? t('launcher.open') : undefined} data-launcher onClick={onOpen}>
        <span aria-hidden="true" class="mg-launcher-icon">✎</span>
        {!collapsed && <span>{t('launcher.open')}</span>}
        {!collapsed && count > 0 && <span class="mg-badge">{t('launcher.count', { count })}</span>}
      </button>
      <button type="button" class="mg-dock-tool" aria-label={t(collapsed ? 'launcher.expand' : 'launcher.collapse')} onClick={onToggleSize}>
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
