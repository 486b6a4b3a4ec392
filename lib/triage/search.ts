import type { AuthorRole, BacklogStatus, Category, TargetKind } from '../model';
import type { TriageRecord } from './record';
import { normaliseText } from './text-features';

/**
 * Filters and full-text search on the file-based board (the backlog board asks the server, whose
 * database search stems German). Each record's text is normalised once into an index; a query is
 * normalised the same way, and every word of it must occur.
 */

export interface BoardFilter {
  q?: string;
  status?: readonly BacklogStatus[];
  service?: readonly string[];
  category?: readonly Category[];
  authorRole?: readonly AuthorRole[];
  targetKind?: readonly TargetKind[];
}

export interface SearchIndex {
  texts: string[];
}

/** Problem, proposal, target label, step and title of every record, normalised, for `filterRecords`. */
export function buildSearchIndex(records: readonly TriageRecord[]): SearchIndex {
  return {
    texts: records.map(({ suggestion: s }) =>
      normaliseText([s.problem, s.proposal, s.target.label, s.page.step, s.page.title].filter(Boolean).join('\n'), s.language),
    ),
  };
}

const allows = <T>(allowed: readonly T[] | undefined, value: T) => !allowed?.length || allowed.includes(value);

/** Indexes of the records matching every given filter, in input order. */
export function filterRecords(records: readonly TriageRecord[], index: SearchIndex, filter: BoardFilter): number[] {
  const words = filter.q ? normaliseText(filter.q, 'de').split(/\s+/).filter(Boolean) : [];
  const result: number[] = [];
  for (let i = 0; i < records.length; i++) {
    const { suggestion, status } = records[i]!;
    if (
      allows(filter.status, status) &&
      allows(filter.service, suggestion.page.service ?? '') &&
      allows(filter.category, suggestion.category) &&
      allows(filter.authorRole, suggestion.authorRole) &&
      allows(filter.targetKind, suggestion.target.kind) &&
      words.every((word) => index.texts[i]!.includes(word))
    ) {
      result.push(i);
    }
  }
  return result;
}
