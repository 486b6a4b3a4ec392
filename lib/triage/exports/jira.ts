import { writeCsv } from '../../outbox/csv';
import type { WorkItem } from './work-items';

/**
 * A CSV file for Jira's CSV importer (External System Import → CSV): one row per cluster. The importer
 * maps columns by their header in its wizard; these headers match Jira's own field names, so the
 * mapping is found by itself. A field with several values (labels, components) takes one column per
 * value, all with the same header, which is how the importer reads multi-value fields. Comma-separated,
 * UTF-8 without a byte order mark (the importer would read it as part of the first header).
 */

export interface JiraOptions {
  /** The issue type to create, as the Jira project names it. */
  issueType?: string;
}

export function toJiraCsv(items: readonly WorkItem[], options: JiraOptions = {}): string {
  const labelColumns = Math.max(1, ...items.map((item) => item.labels.length));
  const header = ['Summary', 'Issue Type', 'Description', ...Array<string>(labelColumns).fill('Labels'), 'Component'];
  const rows = items.map((item) => [
    item.title,
    options.issueType ?? 'Task',
    item.description,
    ...Array.from({ length: labelColumns }, (_, i) => item.labels[i] ?? ''),
    item.service ?? '',
  ]);
  return writeCsv([header, ...rows], { separator: ',', bom: false, neutraliseFormulas: false });
}
