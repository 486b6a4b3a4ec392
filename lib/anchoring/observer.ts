/**
 * Keep a set of targets anchored while the page changes: single-page apps re-render, steps switch,
 * sections fold open. Re-anchors the whole set in one batch (one page read) after the page has been
 * quiet for a moment, and reports which targets were lost ("page changed") or found again.
 */
import type { AnnotationTarget } from '../model';
import { anchorIn, type AnchorMatch } from './anchor';
import { PageIndex } from './page-index';

export interface AnchorReport<K> {
  /** Current match of every target, null for those not found. */
  matches: Map<K, AnchorMatch | null>;
  /** Targets that were anchored before this round and are not now. */
  orphaned: K[];
  /** Targets that were not anchored (or new) before this round and are now. */
  found: K[];
}

export interface ObserveOptions<K> {
  root?: Document | Element;
  /** Quiet time after the last change before re-anchoring, in milliseconds. */
  debounceMs?: number;
  /**
   * Longest wait for quiet, in milliseconds: a page that never stops changing (a clock, a live counter, an
   * animation in the DOM) still gets its markers placed this often.
   */
  maxWaitMs?: number;
  /** Called after each round of re-anchoring, including the first one. */
  onChange: (report: AnchorReport<K>) => void;
  /** Changes inside nodes for which this returns true are ignored (our own overlay, for example). */
  ignore?: (node: Node) => boolean;
}

export interface AnchorObserver<K> {
  /** Add or replace a target; it is anchored in the next round. */
  set(key: K, target: AnnotationTarget): void;
  delete(key: K): void;
  /** Re-anchor now, without waiting; returns and reports the result. */
  refresh(): AnchorReport<K>;
  disconnect(): void;
}

export function observeAnchors<K>(
  targets: Iterable<readonly [K, AnnotationTarget]>,
  options: ObserveOptions<K>,
): AnchorObserver<K> {
  const root = options.root ?? document;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const view = doc.defaultView;
  const delay = options.debounceMs ?? 150;
  const maxWait = Math.max(options.maxWaitMs ?? 1_000, delay);
  const current = new Map<K, AnnotationTarget>(targets);
  let previous = new Map<K, AnchorMatch | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change still waiting for its round happened. */
  let waitingSince: number | undefined;

  const refresh = (): AnchorReport<K> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    waitingSince = undefined;
    const page = new PageIndex(root);
    const matches = new Map<K, AnchorMatch | null>();
    const orphaned: K[] = [];
    const found: K[] = [];
    for (const [key, target] of current) {
      const match = anchorIn(page, target);
      matches.set(key, match);
      const before = previous.get(key);
      if (match && !before) found.push(key);
      if (!match && before) orphaned.push(key);
    }
    previous = matches;
    const report = { matches, orphaned, found };
    options.onChange(report);
    return report;
  };

  const schedule = () => {
    const now = Date.now();
    waitingSince ??= now;
    if (timer !== undefined) clearTimeout(timer);
    // Each change restarts the wait for quiet, but never past `maxWait` after the first one.
    timer = setTimeout(refresh, Math.max(0, Math.min(delay, waitingSince + maxWait - now)));
  };

  const ignore = options.ignore;
  // Our own overlay (its host added to the page, its content changing) is no change of the page.
  const ignorable = (record: MutationRecord) =>
    !!ignore &&
    (ignore(record.target) ||
      (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].length > 0 && [...record.addedNodes, ...record.removedNodes].every(ignore)));
  const mutations = new (view?.MutationObserver ?? MutationObserver)((records) => {
    if (!records.every(ignorable)) schedule();
  });
  mutations.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    // Steps and panels are shown and hidden by these, without adding or removing nodes.
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden', 'for', 'id', 'name'],
  });
  // Single-page navigation: history changes announce a new step before (or without) a re-render.
  view?.addEventListener('popstate', schedule);
  view?.addEventListener('hashchange', schedule);

  refresh();
  return {
    set(key, target) {
      current.set(key, target);
      schedule();
    },
    delete(key) {
      current.delete(key);
      previous.delete(key);
    },
    refresh,
    disconnect() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      mutations.disconnect();
      view?.removeEventListener('popstate', schedule);
      view?.removeEventListener('hashchange', schedule);
    },
  };
}
