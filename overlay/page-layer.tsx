import type { ReadonlySignal } from '@preact/signals';
import { Markers, type MarkerItem } from '../components/Markers';
import { PickerBanner } from '../components/PickerBanner';
import { textDirection, type Messages, type Translate } from '../lib/i18n';
import type { Language } from '../lib/model';
import type { Panel } from './link';
import type { PlacedSuggestion } from './page-suggestions';

interface PageLayerProps {
  t: ReadonlySignal<Translate>;
  language: ReadonlySignal<{ language: Language; messages: Messages }>;
  panel: ReadonlySignal<Panel>;
  markers: ReadonlySignal<PlacedSuggestion[]>;
  hovered: ReadonlySignal<Element | null>;
  selection: ReadonlySignal<Range | null>;
  announcement: ReadonlySignal<string>;
  /** `from`: the marker pressed; focus goes back to it when the panels close. */
  onOpenMarker(id: string, from: Element): void;
  onTakeSelection(): void;
  onCancelPicking(): void;
}

/**
 * What the page agent shows in the page: this page's numbered markers, the pointing banner with its outline,
 * and a live region for what pointing announces. None of it carries a word the person wrote.
 */
export function PageLayer({ t, language, panel, markers, hovered, selection, announcement, onOpenMarker, onTakeSelection, onCancelPicking }: PageLayerProps) {
  const lang = language.value.language;
  const dir = textDirection(lang);
  const items: MarkerItem[] = markers.value.flatMap(({ stored, number, at }) => (at ? [{ id: stored.suggestion.id, number, target: stored.suggestion.target, at }] : []));
  return (
    <div class="mg-root" lang={lang} dir={dir}>
      <Markers t={t.value} rtl={dir === 'rtl'} markers={items} onOpen={onOpenMarker} />
      {panel.value === 'picking' && (
        <PickerBanner t={t.value} hasSelection={selection.value !== null} highlight={hovered.value?.getBoundingClientRect() ?? null}
          onTakeSelection={onTakeSelection} onCancel={onCancelPicking} />
      )}
      <div class="mg-visually-hidden" role="status" aria-live="polite">{announcement.value}</div>
    </div>
  );
}
