import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { Suggestion } from '../model';
import { clusterSuggestions, targetKey } from './cluster';
import { jaccard, shingles, words } from './text-features';

const field = (label: string, legends: string[] = ['Kosten der Unterkunft']): Pick<Suggestion, 'target'> => ({
  target: { kind: 'field', label, selectors: [{ type: 'FieldSelector', label, legends, controlType: 'number' }] },
});

const membersById = (items: Suggestion[], edits: Parameters<typeof clusterSuggestions>[1] = {}) => {
  const { clusters } = clusterSuggestions(items.map((suggestion) => ({ suggestion })), edits);
  return clusters.map((cluster) => cluster.members.map((index) => items[index]!.id).sort());
};

const together = (clusters: string[][], a: Suggestion, b: Suggestion) => clusters.some((c) => c.includes(a.id) && c.includes(b.id));

describe('text features', () => {
  it('fold case, umlauts, inflection and numbers so the same complaint reads the same', () => {
    expect(words('Die Heizkosten-Nachweise für 2025 sind unklar', 'de')).toEqual(words('heizkosten nachweis fuer 2024 unklar', 'de'));
  });
  it('lower-case Turkish the Turkish way and meet Arabic and Persian letter forms', () => {
    expect(words('İKAMET', 'tr')).toEqual(['ikamet']);
    expect(words('كتاب', 'ar')).toEqual(words('کتاب', 'fa'));
    expect(words('Ещё', 'ru')).toEqual(words('еще', 'ru'));
  });
  it('keep word order in shingles, so swapped words are a different text', () => {
    expect(jaccard(shingles('Miete statt Kaution zahlen', 'de'), shingles('Miete statt Kaution zahlen', 'de'))).toBe(1);
    expect(jaccard(shingles('Kaution statt Miete', 'de'), shingles('Miete statt Kaution', 'de'))).toBe(0);
  });
});

describe('clustering', () => {
  it('puts suggestions about the same field of the same step into one cluster, whatever they say', () => {
    const a = makeSuggestion({ ...field('Kaltmiete in Euro'), problem: 'Gehört die Garage dazu?' });
    const b = makeSuggestion({ ...field('Kaltmiete in Euro'), problem: 'Das Feld nimmt keine Cent-Beträge an.', authorRole: 'caseworker' });
    const c = makeSuggestion({ ...field('Heizkosten'), problem: 'Was ist mit Warmwasser?' });
    const clusters = membersById([a, b, c]);
    expect(together(clusters, a, b)).toBe(true);
    expect(together(clusters, a, c)).toBe(false);
    expect(clusters[0]).toHaveLength(2);
  });

  it('tells two fields with the same label apart by their legends', () => {
    const a = makeSuggestion(field('Betrag', ['Einkommen']));
    const b = makeSuggestion(field('Betrag', ['Vermögen']));
    expect(targetKey(a)).not.toBe(targetKey(b));
  });

  it('joins near-identical texts across targets and pages, but not texts that only share a topic', () => {
    const text = 'Es ist nicht klar, ob die Nebenkostenabrechnung vom Vermieter oder vom Jobcenter angefordert wird.';
    const a = makeSuggestion({ ...field('Nebenkosten'), problem: text });
    const b = makeSuggestion({
      ...field('Abrechnung', ['Belege']),
      page: { url: 'https://jobcenter-musterstadt.example/buergergeld/belege', title: 'Belege', step: 'Belege' },
      problem: `${text.replace('nicht klar', 'nicht klar!!')} Bitte erklären.`,
    });
    const c = makeSuggestion({ ...field('Heizung'), problem: 'Die Nebenkostenabrechnung kommt vom Vermieter erst im Herbst, das Jobcenter will sie jetzt.' });
    const clusters = membersById([a, b, c]);
    expect(together(clusters, a, b)).toBe(true);
    expect(together(clusters, a, c)).toBe(false);
  });

  it('does not chain two busy fields into one cluster through one copied complaint', () => {
    const copied = 'Die Frist von zwei Wochen für die Nachweise ist zu kurz, weil der Vermieter so schnell nicht antwortet.';
    const kalt = [copied, 'Garage?', 'Cent-Beträge gehen nicht.', 'Feld zu schmal.'].map((problem) => makeSuggestion({ ...field('Kaltmiete in Euro'), problem }));
    const heiz = [copied, 'Warmwasser?', 'Abschlag oder Jahresrechnung?', 'Zählerstand fehlt.'].map((problem) => makeSuggestion({ ...field('Heizkosten'), problem }));
    const clusters = membersById([...kalt, ...heiz]);
    expect(together(clusters, kalt[0]!, heiz[0]!)).toBe(false);
    expect(clusters.map((c) => c.length)).toEqual([4, 4]);
  });

  it('replays hand edits: a split survives re-clustering, a merge joins whole clusters', () => {
    const a = makeSuggestion({ ...field('Kaltmiete in Euro'), problem: 'Garage?' });
    const b = makeSuggestion({ ...field('Kaltmiete in Euro'), problem: 'Cent-Beträge gehen nicht.' });
    const c = makeSuggestion({ ...field('Heizkosten'), problem: 'Warmwasser?' });
    const split = membersById([a, b, c], { edits: [{ kind: 'split', ids: [b.id] }] });
    expect(together(split, a, b)).toBe(false);
    const merged = membersById([a, b, c], { edits: [{ kind: 'split', ids: [b.id] }, { kind: 'merge', ids: [b.id, c.id] }] });
    expect(together(merged, b, c)).toBe(true);
    expect(together(merged, a, b)).toBe(false);
  });

  it('keeps a marked duplicate with its survivor, and names clusters by their smallest id, largest first', () => {
    const a = makeSuggestion({ ...field('Kaltmiete in Euro'), problem: 'Garage?' });
    const b = makeSuggestion({ ...field('Heizkosten'), problem: 'Warmwasser?' });
    const c = makeSuggestion({ ...field('Strom'), problem: 'Zählerstand?' });
    const { clusters } = clusterSuggestions([{ suggestion: a }, { suggestion: b, mergedInto: a.id }, { suggestion: c }]);
    expect(clusters.map((cluster) => cluster.members.length)).toEqual([2, 1]);
    expect(clusters[0]!.id).toBe([a.id, b.id].sort()[0]);
  });
});
