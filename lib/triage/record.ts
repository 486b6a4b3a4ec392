import type { BacklogStatus, StatusChange, Suggestion } from '../model';

/**
 * A suggestion with its triage state, whichever source the board reads: the backlog's triage API
 * (`TriageSuggestionDetail`) or batch files imported on this device (`BoardRecord`).
 */
export interface TriageRecord {
  suggestion: Suggestion;
  status: BacklogStatus;
  receiptCode?: string;
  /** When the backlog received it (or the file was imported), ISO 8601. */
  receivedAt?: string;
  publicAnswer?: string;
  internalNote?: string;
  mergedInto?: string;
  history: readonly StatusChange[];
}
