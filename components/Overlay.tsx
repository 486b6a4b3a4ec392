import type { OverlayState } from '../overlay/state';
import { Launcher } from './Launcher';
import { Markers } from './Markers';
import { Menu } from './Menu';
import { PickerBanner } from './PickerBanner';
import { SuggestionForm } from './SuggestionForm';
import { SuggestionList } from './SuggestionList';

/** The whole overlay, one state at a time, plus the markers and a live region that are always there. */
export function Overlay({ state }: { state: OverlayState }) {
  const panel = state.panel.value;
  return (
    <div class="mg-root" lang={state.language.value} dir={state.direction.value}>
      <Markers state={state} />
      {panel === 'closed' && <Launcher state={state} />}
      {panel === 'menu' && <Menu state={state} />}
      {panel === 'picking' && <PickerBanner state={state} />}
      {panel === 'form' && <SuggestionForm state={state} />}
      {panel === 'list' && <SuggestionList state={state} />}
      <div class="mg-visually-hidden" role="status" aria-live="polite">{state.announcement.value}</div>
    </div>
  );
}
