import type { ClusterEdit } from '../lib/model';
import { buildSearchIndex, clusterSuggestions, type Clustering, type TriageRecord } from '../lib/triage';
import type { BoardData } from './source';

/** The board's clusters: each record with the survivor it was marked a duplicate of, the hand edits replayed. */
export function clusterRecords(records: readonly TriageRecord[], edits: readonly ClusterEdit[]): Clustering {
  return clusterSuggestions(records.map(({ suggestion, mergedInto }) => ({ suggestion, ...(mergedInto ? { mergedInto } : {}) })), { edits });
}

/** What the board works out once its data is loaded: the clusters and the search index. */
export function prepareBoard({ records, edits }: BoardData): NonNullable<BoardData['prepared']> {
  return { clustering: clusterRecords(records, edits), searchIndex: buildSearchIndex(records) };
}
