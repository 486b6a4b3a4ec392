import { batch, computed, signal } from '@preact/signals';
import type { BacklogStatus, ClusterEdit, Language } from '../lib/model';
import {
  checkPublicAnswer,
  decide,
  filterRecords,
  frictionFigures,
  frictionPages,
  offeredStatuses,
  summariseCluster,
  type BoardFilter,
  type Clustering,
  type Decision,
  type DecisionOutcome,
  type SearchIndex,
  type TriageRecord,
} from '../lib/triage';
import { exportFile, type ExportFormat, type ExportedFile } from '../lib/triage/exports';
import { clusterRecords, prepareBoard } from './prepare';
import type { BoardData, BoardProgress, BoardSource, FileOutcome, Refusal } from './source';

/**
 * The triage board's state, one module for both sources: the records and their clusters, the filter,
 * the cluster that is open, and the actions. Clusters are computed when the suggestions change (an
 * import, a hand edit), not on a decision: a decision changes statuses, not who is similar to whom.
 */

export type Announcement =
  | { key: 'imported'; files: FileOutcome[] }
  | { key: 'cancelled' }
  | { key: 'decided'; count: number; refused: Refusal[]; redactions: number }
  | { key: 'merged' | 'split'; count: number }
  | { key: 'mapped'; count: number };

const EMPTY: Clustering = { clusters: [], clusterOf: new Int32Array() };

export function createBoardState(source: BoardSource, actor: string) {
  const phase = signal<'loading' | 'ready' | 'failed'>('loading');
  const records = signal<TriageRecord[]>([]);
  const batchOf = signal(new Map<string, string>());
  const edits = signal<ClusterEdit[]>([]);
  const clustering = signal<Clustering>(EMPTY);
  let searchIndex: SearchIndex = { texts: [] };
  const filter = signal<BoardFilter>({});
  const openCluster = signal<string | undefined>(undefined);
  /** Which view is shown: the cluster list, the overview (with the friction map's pages), or the charts. */
  const tab = signal<'clusters' | 'overview' | 'charts'>('clusters');
  const marked = signal<ReadonlySet<string>>(new Set());
  const announcement = signal<Announcement | undefined>(undefined);
  const busy = signal(false);
  /** How far an import is while it runs (files read, then clustering), and how to cancel it. */
  const progress = signal<BoardProgress | undefined>(undefined);
  let cancelImport: AbortController | undefined;

  const recluster = () => {
    clustering.value = clusterRecords(records.value, edits.value);
  };

  /** Take the data in, with its clusters and index as the source worked them out (or working them out here). */
  const show = (data: BoardData) => {
    const prepared = data.prepared ?? prepareBoard(data);
    batch(() => {
      records.value = data.records;
      batchOf.value = data.batchOf;
      edits.value = data.edits;
      searchIndex = prepared.searchIndex;
      clustering.value = prepared.clustering;
      phase.value = 'ready';
    });
  };

  async function load() {
    phase.value = 'loading';
    try {
      show(await source.load());
    } catch (error) {
      phase.value = 'failed';
      throw error;
    }
  }

  /** Indexes of the records matching the filter (all of them without one). */
  const matching = computed(() => {
    const current = filter.value;
    const any = current.q || current.status?.length || current.service?.length || current.category?.length || current.authorRole?.length || current.targetKind?.length;
    return any ? filterRecords(records.value, searchIndex, current) : [...records.value.keys()];
  });

  /** The clusters with at least one matching suggestion, largest first, with how many of theirs match. */
  const visibleClusters = computed(() => {
    const { clusters, clusterOf } = clustering.value;
    const hits = new Int32Array(clusters.length);
    for (const index of matching.value) hits[clusterOf[index]!]!++;
    const result: Array<{ position: number; hits: number }> = [];
    hits.forEach((count, position) => count > 0 && result.push({ position, hits: count }));
    return result;
  });

  const services = computed(() => [...new Set(records.value.map((r) => r.suggestion.page.service ?? ''))].filter(Boolean).sort());

  const openPosition = computed(() => {
    const id = openCluster.value;
    return id === undefined ? undefined : clustering.value.clusters.findIndex((cluster) => cluster.id === id);
  });
  const openSummary = computed(() => {
    const position = openPosition.value;
    return position === undefined || position < 0 ? undefined : summariseCluster(records.value, clustering.value, position);
  });
  const offers = computed(() => {
    const position = openPosition.value;
    if (position === undefined || position < 0) return [];
    return offeredStatuses(clustering.value.clusters[position]!.members.map((index) => records.value[index]!.status));
  });

  async function importFiles(files: readonly File[]) {
    if (!source.importFiles) return;
    busy.value = true;
    cancelImport = new AbortController();
    try {
      const outcome = await source.importFiles(files, { onProgress: (next) => (progress.value = next), signal: cancelImport.signal });
      show(outcome.data);
      announcement.value = { key: 'imported', files: outcome.files };
    } catch (error) {
      if (!cancelImport.signal.aborted) throw error;
      announcement.value = { key: 'cancelled' };
    } finally {
      cancelImport = undefined;
      progress.value = undefined;
      busy.value = false;
    }
  }

  /**
   * A decision on the open cluster: a status (moved where the workflow allows, each member from its own
   * status), or none to only set the answer and note. An empty answer or note leaves the present one.
   * The public answer is filtered here, so the person sees what is stored, and again where it is stored.
   */
  async function decideOpen(choice: { status: BacklogStatus | undefined; publicAnswer: string; internalNote: string; language: Language }) {
    const position = openPosition.value;
    const summary = openSummary.value;
    if (position === undefined || position < 0 || !summary) return;
    const answer = checkPublicAnswer(choice.publicAnswer, choice.language);
    const note = choice.internalNote.trim();
    const texts = { ...(answer.text ? { publicAnswer: answer.text } : {}), ...(note ? { internalNote: note } : {}) };
    const members = clustering.value.clusters[position]!.members;
    const current = records.value;
    const at = new Date().toISOString();
    let outcome: DecisionOutcome;
    if (choice.status === undefined) {
      outcome = { changed: new Map(members.map((index) => [index, { ...current[index]!, ...texts }])), refused: [] };
    } else {
      const decision: Decision =
        choice.status === 'merged' ? { status: 'merged', into: current[summary.first]!.suggestion.id, ...texts } : { status: choice.status, ...texts };
      outcome = decide(current, members, decision, actor, at);
    }
    busy.value = true;
    try {
      const refusedByKeeper = await source.saveDecisions([...outcome.changed.values()], actor, at);
      const refusedIds = new Set(refusedByKeeper.map((r) => r.suggestionId));
      const next = current.slice();
      for (const [index, record] of outcome.changed) if (!refusedIds.has(record.suggestion.id)) next[index] = record;
      records.value = next;
      announcement.value = {
        key: 'decided',
        count: outcome.changed.size - refusedIds.size,
        refused: [...outcome.refused.map((r) => ({ suggestionId: current[r.index]!.suggestion.id, code: r.code })), ...refusedByKeeper],
        redactions: answer.redactions,
      };
    } finally {
      busy.value = false;
    }
  }

  async function applyEdit(edit: ClusterEdit) {
    await source.saveEdit(edit);
    edits.value = [...edits.value, edit];
    recluster();
    marked.value = new Set();
    announcement.value = { key: edit.kind === 'merge' ? 'merged' : 'split', count: edit.ids.length };
  }

  /** Join the marked clusters into one. */
  const mergeMarked = () => {
    const { clusters } = clustering.value;
    const ids = clusters.filter((cluster) => marked.value.has(cluster.id)).map((cluster) => records.value[cluster.members[0]!]!.suggestion.id);
    return ids.length > 1 ? applyEdit({ kind: 'merge', ids }) : Promise.resolve();
  };
  /** Take suggestions out of their cluster into one of their own. */
  const split = (suggestionIds: string[]) => (suggestionIds.length ? applyEdit({ kind: 'split', ids: suggestionIds }) : Promise.resolve());

  const toggleMark = (clusterId: string) => {
    const next = new Set(marked.value);
    if (!next.delete(clusterId)) next.add(clusterId);
    marked.value = next;
  };

  /** The records shown (matching the filter) as a file for the administration's tools. */
  function exportAs(format: ExportFormat, timeZone?: string): ExportedFile {
    const shown = matching.value.map((index) => records.value[index]!);
    const shownClustering = clusterRecords(shown, edits.value);
    return exportFile(format, shown, shownClustering, { batchOf: batchOf.value, exportedAt: new Date().toISOString(), ...(timeZone ? { timeZone } : {}) });
  }

  /** The pages the suggestions shown point at, for the friction map. */
  const pages = computed(() => frictionPages(matching.value.map((index) => records.value[index]!)));
  /** The friction map's figures for one page, over all suggestions (the map shows the whole page). */
  const frictionOn = (url: string) => frictionFigures(records.value, clustering.value, url);
  const announceMap = (found: number) => (announcement.value = { key: 'mapped', count: found });

  /** Show a cluster (from the list, or a marker of the friction map). */
  const showCluster = (clusterId: string) => {
    batch(() => {
      tab.value = 'clusters';
      openCluster.value = clusterId;
    });
  };

  return {
    phase,
    tab,
    showCluster,
    pages,
    frictionOn,
    announceMap,
    records,
    clustering,
    filter,
    matching,
    visibleClusters,
    services,
    openCluster,
    openSummary,
    openPosition,
    offers,
    marked,
    announcement,
    busy,
    progress,
    load,
    importFiles,
    /** Stop the running import; nothing of it is kept unless it was already stored. */
    cancelImport: () => cancelImport?.abort(),
    decideOpen,
    mergeMarked,
    split,
    toggleMark,
    exportAs,
    answerFile: source.answerFile ? () => source.answerFile!(new Date().toISOString()) : undefined,
    sourceKind: source.kind,
  };
}

export type BoardState = ReturnType<typeof createBoardState>;
