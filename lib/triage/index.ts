// Triage rules and tools shared by the backlog service and the triage board: pure, no I/O.
export { STATUS_TRANSITIONS, checkStatusChange, checkMerge, type TransitionVerdict, type MergeVerdict } from './workflow';
export type { TriageRecord } from './record';
export { clusterSuggestions, targetKey, NEAR_DUPLICATE_JACCARD, MIN_ECHO_SHARE, type Cluster, type ClusterItem, type Clustering, type ClusterOptions } from './cluster';
export { normaliseText, words, shingles, jaccard } from './text-features';
export { overview, summariseCluster, charts, isoWeek, type StepGroup, type TargetGroup, type ClusterSummary, type RoleCounts, type Charts, type ChartRow } from './aggregate';
export { offeredStatuses, checkPublicAnswer, decide, type Decision, type DecisionOutcome, type StatusOffer, type PublicAnswerCheck } from './decide';
export { buildSearchIndex, filterRecords, type BoardFilter, type SearchIndex } from './search';
export { readTriageFile, combineBatches, type FileBatch, type CombinedRecords } from './read-files';
export { frictionPages, frictionFigures, type FrictionFigure } from './friction';
