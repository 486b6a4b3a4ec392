import type { ClusterEdit, Problem } from '../lib/model';
import type { Clustering, SearchIndex, TriageRecord } from '../lib/triage';

/**
 * Where the board's suggestions come from and where its decisions go. The board is one code base with
 * two sources: batch files imported into the extension's IndexedDB (offline), or the backlog service's
 * triage API (signed in with a token). Everything else – clusters, filters, decisions, exports – is the
 * same for both.
 */
export interface BoardData {
  records: TriageRecord[];
  edits: ClusterEdit[];
  /** The batch that brought each suggestion, for the spreadsheet export. */
  batchOf: Map<string, string>;
  /** Clusters and search index, when the source already worked them out (away from the page's thread). */
  prepared?: { clustering: Clustering; searchIndex: SearchIndex };
}

/** How far a long piece of work is, for the person watching it: files read so far, then clustering. */
export type BoardProgress = { step: 'reading'; done: number; total: number } | { step: 'clustering' };

/** What an import did: each file's outcome, and the board's data afterwards. */
export interface ImportOutcome {
  files: FileOutcome[];
  data: BoardData;
}

/** One file of an import, as the person sees it reported. */
export type FileOutcome = { name: string; added: number; repeated: number } | { name: string; problem: Problem };

export interface Refusal {
  suggestionId: string;
  code: string;
}

export interface BoardSource {
  kind: 'files' | 'backlog';
  load(): Promise<BoardData>;
  /** Store new triage states (a decision on a cluster); returns what the keeper of the data refused. */
  saveDecisions(changed: readonly TriageRecord[], by: string, at: string): Promise<Refusal[]>;
  saveEdit(edit: ClusterEdit): Promise<void>;
  /**
   * The file-based board only: import batch files, all of a file or nothing of it, and load the board's
   * data again. Cancelled through `signal` before the files are stored, nothing is imported.
   */
  importFiles?(files: readonly File[], watch: { onProgress(progress: BoardProgress): void; signal: AbortSignal }): Promise<ImportOutcome>;
  /** The file-based board only: the decisions taken here, as an answer file's text. */
  answerFile?(at: string): Promise<string>;
}
