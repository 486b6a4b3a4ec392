import { writeCsv } from '../../outbox/csv';
import type { WorkItem } from './work-items';

/**
 * GitLab issues, confidential by default: suggestions describe how people struggle with a Jobcenter's
 * forms, which is not for a public issue tracker unless someone decides so.
 *
 * - CSV import (Issues → Import CSV): a header row with `title` and `description`; GitLab finds the
 *   separator from the header and runs quick actions written in the description, so `/confidential`
 *   and `/label` lines make imported issues confidential and labelled as the API's are.
 * - REST API: one `POST /api/v4/projects/:id/issues` body per cluster.
 */

/** The body of `POST /api/v4/projects/:id/issues`. */
export interface GitLabIssuePayload {
  title: string;
  description: string;
  /** Comma-separated label names. */
  labels: string;
  confidential: boolean;
}

export interface GitLabOptions {
  /** Only when a team decided these may be public. */
  confidential?: boolean;
}

export function toGitLabPayloads(items: readonly WorkItem[], options: GitLabOptions = {}): GitLabIssuePayload[] {
  return items.map((item) => ({ title: item.title, description: item.description, labels: item.labels.join(','), confidential: options.confidential ?? true }));
}

export function toGitLabCsv(items: readonly WorkItem[], options: GitLabOptions = {}): string {
  const actions = (item: WorkItem) => [
    '',
    ...(options.confidential === false ? [] : ['/confidential']),
    `/label ${item.labels.map((label) => `~"${label}"`).join(' ')}`,
  ];
  const rows = items.map((item) => [item.title, [item.description, ...actions(item)].join('\n')]);
  return writeCsv([['title', 'description'], ...rows], { separator: ',', bom: false, neutraliseFormulas: false });
}
