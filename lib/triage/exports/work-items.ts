import type { AuthorRole, Category } from '../../model';
import type { Clustering } from '../cluster';
import type { TriageRecord } from '../record';
import { CATEGORY_DE, ROLE_PLURAL_DE, STATUS_DE, TARGET_KIND_DE } from './german';

/**
 * One cluster as one item of work for a team's tracker (Jira, GitLab, OpenProject): a decision applies
 * to the whole cluster, so the team works on it once, with every voice in it counted.
 */
export interface WorkItem {
  clusterId: string;
  /** One line, at most 255 characters (the limit of Jira's summary, GitLab's title, OpenProject's subject). */
  title: string;
  /** Facts first, then the people's own words, each in a block the tracker shows literally. */
  description: string;
  /** Machine-readable tags without spaces or commas (Jira labels allow no spaces, GitLab splits on commas). */
  labels: string[];
  /** The service code, as a Jira component. */
  service?: string;
  count: number;
}

/** How a tracker shows text literally: no formatting, no mentions, no commands taken from what people wrote. */
export type LiteralBlock = (text: string) => string;

export const MAX_TITLE = 255;
const MAX_VOICES = 5;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A label made of a prefix and a code or service name: lower case letters, digits and hyphens. */
const label = (prefix: string, value: string) =>
  `${prefix}-${value.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`;

function mostCommon<T extends string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The clusters as work items, largest first; `literal` wraps the people's words for the tracker at hand. */
export function workItems(records: readonly TriageRecord[], clustering: Clustering, literal: LiteralBlock): WorkItem[] {
  return clustering.clusters.map((cluster) => {
    const members = [...cluster.members].sort((a, b) => (records[a]!.suggestion.createdAt < records[b]!.suggestion.createdAt ? -1 : 1));
    const first = records[members[0]!]!;
    const { suggestion } = first;
    const roles = new Map<AuthorRole, number>();
    for (const index of members) roles.set(records[index]!.suggestion.authorRole, (roles.get(records[index]!.suggestion.authorRole) ?? 0) + 1);
    const category: Category = mostCommon(members.map((index) => records[index]!.suggestion.category));
    const where = [suggestion.page.service, suggestion.page.step ?? suggestion.page.title, suggestion.target.kind === 'page' ? undefined : suggestion.target.label]
      .filter((part): part is string => Boolean(part))
      .map(oneLine)
      .join(' › ');
    const title = clip(oneLine(`${where}: ${suggestion.problem}`), MAX_TITLE);
    const roleLine = [...roles].map(([role, count]) => `${ROLE_PLURAL_DE[role]} ${count}`).join(' | ');
    const bothSides = (roles.get('claimant') ?? 0) > 0 && (roles.get('caseworker') ?? 0) > 0;
    const statuses = new Set(members.map((index) => records[index]!.status));
    const answer = members.map((index) => records[index]!.publicAnswer).find(Boolean);
    const lines = [
      `- Wo: ${where || suggestion.page.title} (${TARGET_KIND_DE[suggestion.target.kind]})`,
      `- Seite: ${suggestion.page.url}`,
      `- Vorschläge: ${members.length} (${roleLine})${bothSides ? ' – Leistungsberechtigte und Fachkräfte nennen dieselbe Stelle.' : ''}`,
      `- Kategorie: ${CATEGORY_DE[category]}`,
      `- Stand: ${[...statuses].map((status) => STATUS_DE[status]).join(', ')}`,
      '',
      'Problem (erste Meldung):',
      literal(suggestion.problem),
      ...(suggestion.proposal ? ['Vorschlag:', literal(suggestion.proposal)] : []),
      ...members.slice(1, 1 + MAX_VOICES).flatMap((index) => ['Weitere Stimme:', literal(records[index]!.suggestion.problem)]),
      ...(members.length > 1 + MAX_VOICES ? [`… und ${members.length - 1 - MAX_VOICES} weitere.`] : []),
      ...(answer ? ['Öffentliche Antwort:', literal(answer)] : []),
      '',
      `Mitgestalten-Cluster ${cluster.id}; Empfangscodes: ${members.map((index) => records[index]!.receiptCode).filter(Boolean).join(', ') || '–'}`,
    ];
    return {
      clusterId: cluster.id,
      title,
      description: lines.join('\n'),
      labels: ['mitgestalten', label('kategorie', category), ...[...roles.keys()].map((role) => label('rolle', role)), ...(suggestion.page.service ? [label('dienst', suggestion.page.service)] : [])],
      ...(suggestion.page.service ? { service: suggestion.page.service } : {}),
      count: members.length,
    };
  });
}

/** CommonMark (GitLab, OpenProject): a fenced block longer than any backtick run inside, so nothing in it is markup. */
export const markdownLiteral: LiteralBlock = (text) => {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
};

/** Jira wiki markup: a {noformat} block; a "{noformat}" inside the text is broken so it cannot close it. */
export const jiraLiteral: LiteralBlock = (text) => `{noformat}\n${text.replace(/\{noformat/gi, '{ noformat')}\n{noformat}`;
