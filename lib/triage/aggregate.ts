import type { AuthorRole, BacklogStatus, Category } from '../model';
import type { Clustering } from './cluster';
import type { TriageRecord } from './record';

/**
 * Counts for the overview and the charts, computed on the board from the records it holds (the
 * server's `/stats` gives the same counts for the backlog as a whole). Every chart has a table behind
 * it, so each count here is a plain row a table can show.
 */

/** "2026-W47": the ISO week (Monday first, the week with the year's first Thursday is week 1), in UTC as the server counts. */
export function isoWeek(iso: string): string {
  const date = new Date(iso);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export type RoleCounts = Record<AuthorRole, number>;
const noRoles = (): RoleCounts => ({ claimant: 0, caseworker: 0, advisor: 0, other: 0 });

export interface TargetGroup {
  /** The target's visible label; empty for whole-page suggestions. */
  label: string;
  kind: TriageRecord['suggestion']['target']['kind'];
  count: number;
  byRole: RoleCounts;
  /** Claimants and caseworkers both complain here: the board says so. */
  bothSides: boolean;
  /** Indexes of its records. */
  members: number[];
}

export interface StepGroup {
  service: string;
  step: string;
  count: number;
  byRole: RoleCounts;
  targets: TargetGroup[];
}

const bothSides = (roles: RoleCounts) => roles.claimant > 0 && roles.caseworker > 0;

/** Records grouped by service and step, then by target, with counts by role side by side; largest first. */
export function overview(records: readonly TriageRecord[], indexes: Iterable<number> = records.keys()): StepGroup[] {
  const steps = new Map<string, StepGroup & { byTarget: Map<string, TargetGroup> }>();
  for (const index of indexes) {
    const { suggestion } = records[index]!;
    const service = suggestion.page.service ?? '';
    const step = suggestion.page.step ?? suggestion.page.title;
    const stepKey = `${service}\u0000${step}`;
    let group = steps.get(stepKey);
    if (!group) steps.set(stepKey, (group = { service, step, count: 0, byRole: noRoles(), targets: [], byTarget: new Map() }));
    const label = suggestion.target.kind === 'page' ? '' : (suggestion.target.label ?? '');
    const targetKey = `${suggestion.target.kind}\u0000${label}`;
    let target = group.byTarget.get(targetKey);
    if (!target) group.byTarget.set(targetKey, (target = { label, kind: suggestion.target.kind, count: 0, byRole: noRoles(), bothSides: false, members: [] }));
    group.count++;
    group.byRole[suggestion.authorRole]++;
    target.count++;
    target.byRole[suggestion.authorRole]++;
    target.members.push(index);
  }
  return [...steps.values()]
    .map(({ byTarget, ...group }) => ({
      ...group,
      targets: [...byTarget.values()].map((target) => ({ ...target, bothSides: bothSides(target.byRole) })).sort((a, b) => b.count - a.count),
    }))
    .sort((a, b) => b.count - a.count);
}

export interface ClusterSummary {
  /** Position in `clustering.clusters`. */
  position: number;
  id: string;
  count: number;
  byRole: RoleCounts;
  bothSides: boolean;
  byStatus: Partial<Record<BacklogStatus, number>>;
  /** The member shown as the cluster's face: the earliest, whose words others echoed. */
  first: number;
}

/** Per cluster: how many, from whom, in which status. */
export function summariseCluster(records: readonly TriageRecord[], clustering: Clustering, position: number): ClusterSummary {
  const cluster = clustering.clusters[position]!;
  const byRole = noRoles();
  const byStatus: Partial<Record<BacklogStatus, number>> = {};
  let first = cluster.members[0]!;
  for (const index of cluster.members) {
    const record = records[index]!;
    byRole[record.suggestion.authorRole]++;
    byStatus[record.status] = (byStatus[record.status] ?? 0) + 1;
    if (record.suggestion.createdAt < records[first]!.suggestion.createdAt) first = index;
  }
  return { position, id: cluster.id, count: cluster.members.length, byRole, bothSides: bothSides(byRole), byStatus, first };
}

export interface ChartRow {
  /** The group: a category code, a role code, a status code, or "2026-W47|WBA" for week and service. */
  key: string;
  count: number;
}

const rows = (counts: Map<string, number>, order: 'count' | 'key'): ChartRow[] =>
  [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => (order === 'key' ? (a.key < b.key ? -1 : 1) : b.count - a.count));

function countBy(records: readonly TriageRecord[], indexes: Iterable<number>, keyOf: (record: TriageRecord) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const index of indexes) {
    const key = keyOf(records[index]!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface Charts {
  /** Per ISO week and service, weeks in order: `key` is "2026-W47|WBA". */
  perServiceAndWeek: ChartRow[];
  perCategory: ChartRow[];
  perRole: ChartRow[];
  /** Decisions (status changes out of `received`, and later ones) per ISO week and new status: "2026-W47|planned". */
  decisionsPerWeek: ChartRow[];
}

/** The charts' figures for the records shown (all, or those matching the filters). */
export function charts(records: readonly TriageRecord[], indexes: readonly number[] = [...records.keys()]): Charts {
  const decisions = new Map<string, number>();
  for (const index of indexes) {
    for (const change of records[index]!.history) {
      const key = `${isoWeek(change.at)}|${change.to}`;
      decisions.set(key, (decisions.get(key) ?? 0) + 1);
    }
  }
  return {
    perServiceAndWeek: rows(countBy(records, indexes, (r) => `${isoWeek(r.receivedAt ?? r.suggestion.createdAt)}|${r.suggestion.page.service ?? ''}`), 'key'),
    perCategory: rows(countBy(records, indexes, (r) => r.suggestion.category satisfies Category), 'count'),
    perRole: rows(countBy(records, indexes, (r) => r.suggestion.authorRole), 'count'),
    decisionsPerWeek: rows(decisions, 'key'),
  };
}
