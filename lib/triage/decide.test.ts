import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { BacklogStatus } from '../model';
import { charts, isoWeek, overview, summariseCluster } from './aggregate';
import { clusterSuggestions } from './cluster';
import { checkPublicAnswer, decide, offeredStatuses } from './decide';
import type { TriageRecord } from './record';
import { buildSearchIndex, filterRecords } from './search';

const record = (status: BacklogStatus, overrides: Parameters<typeof makeSuggestion>[0] = {}): TriageRecord => ({ suggestion: makeSuggestion(overrides), status, history: [] });
const AT = '2026-11-29T10:00:00.000Z';

describe('decisions on a cluster', () => {
  it('offer only moves the workflow allows, with how many suggestions each applies to', () => {
    expect(offeredStatuses(['received', 'received', 'implemented'])).toEqual([
      { status: 'in-review', applies: 2 },
      { status: 'planned', applies: 2 },
      { status: 'declined', applies: 2 },
    ]);
    expect(offeredStatuses(['implemented', 'merged'])).toEqual([]);
  });

  it('move every suggestion that may move, record who and when, and name the ones refused', () => {
    const records = [record('received'), record('in-review'), record('implemented')];
    const { changed, refused } = decide(records, [0, 1, 2], { status: 'planned', publicAnswer: 'Wir ändern das Formular im Mai.' }, 'sachgebiet-wba', AT);
    expect([...changed.keys()]).toEqual([0, 1]);
    expect(changed.get(0)).toMatchObject({ status: 'planned', publicAnswer: 'Wir ändern das Formular im Mai.', history: [{ from: 'received', to: 'planned', by: 'sachgebiet-wba', at: AT }] });
    expect(refused).toEqual([{ index: 2, code: 'status-transition-refused' }]);
  });

  it('mark duplicates of a survivor, which keeps its own status', () => {
    const records = [record('planned'), record('received'), record('received')];
    const { changed } = decide(records, [0, 1, 2], { status: 'merged', into: records[0]!.suggestion.id }, 'sachgebiet-wba', AT);
    expect(changed.get(0)).toMatchObject({ status: 'planned' });
    expect(changed.get(0)!.mergedInto).toBeUndefined();
    expect(changed.get(1)).toMatchObject({ status: 'merged', mergedInto: records[0]!.suggestion.id });
  });

  it('remove personal data from a public answer before it is saved, and say how much', () => {
    const checked = checkPublicAnswer('Danke, Frau Müller! Rückfragen an max.mustermann@example.org.');
    expect(checked.text).not.toContain('mustermann@example.org');
    expect(checked.redactions).toBeGreaterThanOrEqual(1);
    expect(checkPublicAnswer('   ')).toEqual({ text: '', redactions: 0 });
  });
});

describe('overview, charts and search', () => {
  const page = (step: string) => ({ url: 'https://jobcenter-musterstadt.example/wba', title: 'WBA', service: 'WBA', step });
  const records = [
    record('received', { page: page('Wohnen'), authorRole: 'claimant', problem: 'Heizkosten-Nachweise unklar' }),
    record('planned', { page: page('Wohnen'), authorRole: 'caseworker', category: 'process-friction', createdAt: '2026-10-23T10:00:00.000Z' }),
    record('received', { page: page('Einkommen'), authorRole: 'claimant' }),
  ];
  records[1] = { ...records[1]!, history: [{ from: 'received', to: 'planned', by: 'x', at: '2026-11-24T09:00:00.000Z' }] };

  it('group by service and step, then target, and say where claimants and caseworkers both complain', () => {
    const groups = overview(records);
    expect(groups[0]).toMatchObject({ service: 'WBA', step: 'Wohnen', count: 2, byRole: { claimant: 1, caseworker: 1 } });
    expect(groups[0]!.targets[0]).toMatchObject({ label: 'Kaltmiete in Euro', count: 2, bothSides: true });
    expect(groups[1]!.targets[0]!.bothSides).toBe(false);
  });

  it('count per category, role, week and decision, in ISO weeks', () => {
    expect(isoWeek('2026-01-01T00:00:00Z')).toBe('2026-W01');
    expect(isoWeek('2027-01-01T00:00:00Z')).toBe('2026-W53');
    const figures = charts(records);
    expect(figures.perRole).toEqual([{ key: 'claimant', count: 2 }, { key: 'caseworker', count: 1 }]);
    expect(figures.decisionsPerWeek).toEqual([{ key: '2026-W48|planned', count: 1 }]);
    expect(figures.perServiceAndWeek.reduce((sum, row) => sum + row.count, 0)).toBe(3);
  });

  it('find by words in any case and inflection-free spelling, combined with filters', () => {
    const index = buildSearchIndex(records);
    expect(filterRecords(records, index, { q: 'HEIZKOSTEN nachweise' })).toEqual([0]);
    expect(filterRecords(records, index, { status: ['received'], authorRole: ['claimant'] })).toEqual([0, 2]);
    expect(filterRecords(records, index, { q: 'garage', category: ['process-friction'] })).toEqual([1]);
  });

  it('cluster summaries count roles and statuses; the same words on another step join the cluster', () => {
    const clustering = clusterSuggestions(records.map(({ suggestion }) => ({ suggestion })));
    // Record 2 is on another step but repeats record 1's words, so all three are one cluster.
    expect(clustering.clusters).toHaveLength(1);
    expect(summariseCluster(records, clustering, 0)).toMatchObject({ count: 3, byRole: { claimant: 2, caseworker: 1 }, bothSides: true, byStatus: { received: 2, planned: 1 }, first: 1 });
  });
});
