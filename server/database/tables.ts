import type { ColumnType, Generated } from 'kysely';
import type { BacklogStatus, Suggestion, TokenRole } from '../../lib/model';

/** Kysely's view of the tables that server/database/migrations.ts creates. */

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Filled in by PostgreSQL from `data` (generated columns): read-only for us. */
type Derived<T> = ColumnType<T, never, never>;

export interface BatchesTable {
  batch_id: string;
  /** SHA-256 of the parsed batch: a repeat with other content under this id is refused. */
  fingerprint: string;
  /** The receipt exactly as first sent, so a repeat answers byte for byte the same. */
  receipt: string;
  received_at: Timestamp;
  created_at: Timestamp;
  source: ColumnType<{ kind: string; version: string; site: string }, string, never>;
}

export interface SuggestionsTable {
  id: string;
  batch_id: string;
  receipt_code: string;
  data: ColumnType<Suggestion, string, never>;
  received_at: Timestamp;
  status: ColumnType<BacklogStatus, BacklogStatus | undefined, BacklogStatus>;
  public_answer: string | null;
  internal_note: ColumnType<string | null, never, string | null>;
  merged_into: ColumnType<string | null, never, string | null>;
  updated_at: Timestamp;
  service: Derived<string | null>;
  step: Derived<string | null>;
  category: Derived<string>;
  author_role: Derived<string>;
  target_kind: Derived<string>;
  target_label: Derived<string | null>;
}

export interface StatusChangesTable {
  id: Generated<number>;
  suggestion_id: string;
  from_status: BacklogStatus;
  to_status: BacklogStatus;
  token_name: string;
  at: Timestamp;
}

export interface TokensTable {
  name: string;
  role: TokenRole;
  /** SHA-256 of the token, hex. The token itself is shown once and never stored. */
  hash: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface RateLimitsTable {
  bucket: string;
  window_start: Timestamp;
  hits: number;
}

export interface Database {
  batches: BatchesTable;
  suggestions: SuggestionsTable;
  status_changes: StatusChangesTable;
  tokens: TokensTable;
  rate_limits: RateLimitsTable;
}
