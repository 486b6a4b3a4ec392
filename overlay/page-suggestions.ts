import { batch, signal } from '@preact/signals';
import type { AnchorMatch, AnchorObserver } from '../lib/anchoring';
import { currentStepText } from '../lib/compose/current-step';
import type { PageInfo, StoredSuggestion } from '../lib/model';
import { pageIdentity } from '../lib/model/page-identity';
import type { DeviceService } from '../lib/device';
import type { PageAnchoring } from './page-anchoring';

export interface PlacedSuggestion {
  stored: StoredSuggestion;
  /** Number on the marker and in the list, 1-based, in the order the suggestions were made. */
  number: number;
  /** Where the suggestion points now; null when the page changed and its place is gone. */
  at: Element | Range | null;
}

const REANCHOR_AFTER_MS = 200;

function placeOf(match: AnchorMatch | null | undefined): Element | Range | null {
  return match?.element ?? match?.range ?? null;
}

/**
 * The suggestions of the page a person is on, kept anchored while the page changes. Single-page apps
 * change their address without a load; a cheap check of the address on each change catches that.
 */
export function createPageSuggestions(
  device: Pick<DeviceService, 'listPage'>,
  doc: Document,
  service: string | undefined,
  isOwnNode: (node: Node) => boolean,
  anchoring: () => Promise<Pick<PageAnchoring, 'observeAnchors'>>,
  /** The page as it is recorded (lib/compose/describe-page, with its URL filter), once loaded. */
  describer: () => Promise<(doc: Document, service?: string) => PageInfo>,
) {
  const onPage = signal<PlacedSuggestion[]>([]);
  /** Whether `onPage` is what the device said, rather than the empty start before it answered. */
  const known = signal(false);
  let identity = '';
  let seenPlace = '';
  let anchors: AnchorObserver<string> | undefined;
  /** Counts loads: only the latest one shows what it found (a reload may overtake a slow one). */
  let loads = 0;
  let describePage: ((doc: Document, service?: string) => PageInfo) | undefined;

  function show(records: StoredSuggestion[], matches: Map<string, AnchorMatch | null>) {
    batch(() => {
      onPage.value = records.map((stored, index) => ({
        stored,
        number: index + 1,
        at: stored.suggestion.target.kind === 'page' ? null : placeOf(matches.get(stored.suggestion.id)),
      }));
      known.value = true;
    });
  }

  /** Cheap to read on every change of the page: its address and the step it marks as current. */
  const whereNow = () => `${doc.location.href}\n${currentStepText(doc) ?? ''}`;

  async function load() {
    describePage ??= await describer();
    seenPlace = whereNow();
    const page = describePage(doc, service);
    identity = pageIdentity(page);
    const run = ++loads;
    const records = await device.listPage(page);
    // Only pages with suggestions pay for watching (and, in the widget, for loading quote matching).
    const observeAnchors = records.length > 0 ? (await anchoring()).observeAnchors : undefined;
    if (run !== loads) return;
    anchors?.disconnect();
    anchors = undefined;
    if (!observeAnchors) return show([], new Map());
    anchors = observeAnchors(
      records.map((record) => [record.suggestion.id, record.suggestion.target] as const),
      { root: doc, debounceMs: REANCHOR_AFTER_MS, ignore: isOwnNode, onChange: ({ matches }) => show(records, matches) },
    );
  }

  // Another address may still be the same step (`/buergergeld/` and `/buergergeld/persoenliche-daten`):
  // its suggestions stay; only a different page or step loads anew.
  const loadIfMoved = () => {
    if (!describePage || whereNow() === seenPlace) return;
    seenPlace = whereNow();
    if (pageIdentity(describePage(doc, service)) !== identity) void load();
  };
  const addressWatch = new (doc.defaultView?.MutationObserver ?? MutationObserver)(loadIfMoved);

  return {
    onPage,
    known,
    load,
    /** Re-anchor now (after a resize, say), without waiting for the page to settle. */
    refresh: () => anchors?.refresh(),
    start() {
      addressWatch.observe(doc.body, { childList: true, subtree: true });
      doc.defaultView?.addEventListener('popstate', loadIfMoved);
      return load();
    },
    stop() {
      addressWatch.disconnect();
      doc.defaultView?.removeEventListener('popstate', loadIfMoved);
      anchors?.disconnect();
    },
  };
}

export type PageSuggestions = ReturnType<typeof createPageSuggestions>;
