import { useEffect, useRef } from 'preact/hooks';
import type { OverlayState, Panel } from '../overlay/state';
import { Finder } from './Finder';
import { Launcher } from './Launcher';
import { Markers } from './Markers';
import { Menu } from './Menu';
import { PickerBanner } from './PickerBanner';
import { Review } from './Review';
import { SuggestionForm } from './SuggestionForm';
import { SendPanel } from './SendPanel';
import { SuggestionList } from './SuggestionList';

const focusable = (element: Element | null): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && element.matches('a[href], button, input, select, textarea, [tabindex]');

/**
 * The whole overlay: one panel at a time, plus the markers and a live region that are always there.
 * When the overlay closes, focus goes back where it came from: the page field, or the launcher.
 */
export function Overlay({ state, onMoveLauncher, onTakeSelection }: { state: OverlayState; onMoveLauncher(): void; onTakeSelection(): void }) {
  const panel = state.panel.value;
  const root = useRef<HTMLDivElement>(null);
  const previousPanel = useRef<Panel>(panel);

  useEffect(() => {
    const wasOpen = previousPanel.current !== 'closed';
    previousPanel.current = panel;
    if (panel !== 'closed' || !wasOpen) return;
    const origin = state.returnFocusTo.value;
    if (focusable(origin)) origin.focus();
    else root.current?.querySelector<HTMLElement>('[data-launcher]')?.focus();
  }, [panel]);

  return (
    <div ref={root} class="mg-root" lang={state.preferences.language.value} dir={state.preferences.direction.value}>
      <Markers state={state} />
      {panel === 'closed' && <Launcher state={state} placement={state.launcherPlacement.value} onMove={onMoveLauncher} />}
      {panel === 'menu' && <Menu state={state} />}
      {panel === 'picking' && <PickerBanner state={state} selection={state.selection.value !== null} onTakeSelection={onTakeSelection} />}
      {panel === 'finder' && <Finder state={state} targets={state.finderTargets.value} />}
      {panel === 'form' && <SuggestionForm state={state} />}
      {panel === 'review' && <Review state={state} pageTitle={state.pagePreview.value?.title ?? ''} />}
      {panel === 'list' && <SuggestionList state={state} />}
      {panel === 'send' && <SendPanel state={state} />}
      <div class="mg-visually-hidden" role="status" aria-live="polite">{state.announcement.value}</div>
    </div>
  );
}
