// Recall and unchanged-negatives rate of `redact` on realistic suggestion texts
// (tests/fixtures/privacy/corpus-*.json: per text the expected findings, kind and exact substring, and
// substrings that must survive). Prints the figures; fails below the thresholds stated here.
import { describe, expect, it } from 'vitest';
import ar from '../../tests/fixtures/privacy/corpus-ar.json';
import de from '../../tests/fixtures/privacy/corpus-de.json';
import en from '../../tests/fixtures/privacy/corpus-en.json';
import fa from '../../tests/fixtures/privacy/corpus-fa.json';
import ru from '../../tests/fixtures/privacy/corpus-ru.json';
import tr from '../../tests/fixtures/privacy/corpus-tr.json';
import uk from '../../tests/fixtures/privacy/corpus-uk.json';
import type { Language } from '../model';
import { redact, type Finding } from './index';

/** Share of expected findings whose whole substring was removed. */
const MIN_RECALL = 0.98;
/** Share of removed expected findings reported with the expected kind (it feeds the per-kind counts). */
const MIN_KIND_ACCURACY = 0.95;
/** Texts without personal data must come back exactly as written; substrings marked `keep` must survive. */
const MIN_NEGATIVES_UNCHANGED = 1;
const MIN_KEPT = 1;

interface CorpusText {
  id: string;
  text: string;
  expect: Array<{ kind: string; text: string }>;
  keep?: string[];
}

const corpus: Record<Language, CorpusText[]> = { de, uk, ar, tr, ru, fa, en };

interface Figures {
  texts: number;
  expected: number;
  removed: number;
  kindRight: number;
  negatives: number;
  negativesUnchanged: number;
  keeps: number;
  kept: number;
  /** Findings in texts with expectations that overlap no expected substring. */
  extra: number;
  misses: string[];
}

function measure(language: Language, texts: CorpusText[]): Figures {
  const figures: Figures = { texts: texts.length, expected: 0, removed: 0, kindRight: 0, negatives: 0, negativesUnchanged: 0, keeps: 0, kept: 0, extra: 0, misses: [] };
  for (const entry of texts) {
    const result = redact(entry.text, { language });
    if (entry.expect.length === 0) {
      figures.negatives++;
      if (result.text === entry.text) figures.negativesUnchanged++;
      else figures.misses.push(`${entry.id} changed: ${JSON.stringify(result.text)}`);
    }
    const spans: Array<{ start: number; end: number }> = [];
    let from = new Map<string, number>();
    for (const expected of entry.expect) {
      figures.expected++;
      const start = entry.text.indexOf(expected.text, from.get(expected.text) ?? 0);
      from.set(expected.text, start + 1);
      const end = start + expected.text.length;
      spans.push({ start, end });
      const covering = result.findings.filter((f) => f.start < end && f.end > start);
      if (!covers(covering, start, end)) {
        figures.misses.push(`${entry.id} missed ${expected.kind} ${JSON.stringify(expected.text)} → ${JSON.stringify(result.text)}`);
        continue;
      }
      figures.removed++;
      const main = covering.reduce((a, b) => (overlap(b, start, end) > overlap(a, start, end) ? b : a));
      if (main.kind === expected.kind) figures.kindRight++;
      else figures.misses.push(`${entry.id} kind ${main.kind} instead of ${expected.kind} for ${JSON.stringify(expected.text)}`);
    }
    from = new Map();
    if (entry.expect.length > 0) {
      for (const finding of result.findings) {
        if (!spans.some((s) => finding.start < s.end && finding.end > s.start)) {
          figures.extra++;
          figures.misses.push(`${entry.id} extra ${finding.kind} ${JSON.stringify(entry.text.slice(finding.start, finding.end))}`);
        }
      }
    }
    for (const keep of entry.keep ?? []) {
      figures.keeps++;
      if (result.text.includes(keep)) figures.kept++;
      else figures.misses.push(`${entry.id} lost ${JSON.stringify(keep)}`);
    }
  }
  return figures;
}

function overlap(f: Finding, start: number, end: number): number {
  return Math.min(f.end, end) - Math.max(f.start, start);
}

function covers(findings: Finding[], start: number, end: number): boolean {
  let at = start;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) if (f.start <= at) at = Math.max(at, f.end);
  return at >= end;
}

const rate = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('corpus of realistic suggestions', () => {
  const perLanguage = (Object.keys(corpus) as Language[]).map((language) => ({ language, ...measure(language, corpus[language]) }));
  const total = perLanguage.reduce((sum, f) => {
    for (const key of ['texts', 'expected', 'removed', 'kindRight', 'negatives', 'negativesUnchanged', 'keeps', 'kept', 'extra'] as const) sum[key] += f[key];
    sum.misses.push(...f.misses);
    return sum;
  }, { texts: 0, expected: 0, removed: 0, kindRight: 0, negatives: 0, negativesUnchanged: 0, keeps: 0, kept: 0, extra: 0, misses: [] as string[] });

  const row = (name: string, f: Omit<Figures, 'misses'>) =>
    `${name.padEnd(6)} ${String(f.texts).padStart(5)} ${String(f.negatives).padStart(5)} ${`${f.removed}/${f.expected}`.padStart(8)} ${rate(f.removed, f.expected).toFixed(3).padStart(7)} ${rate(f.kindRight, f.removed).toFixed(3).padStart(6)} ${`${f.negativesUnchanged}/${f.negatives}`.padStart(8)} ${rate(f.kept, f.keeps).toFixed(3).padStart(6)} ${String(f.extra).padStart(5)}`;
  console.log(
    [
      'Privacy corpus: recall = expected findings removed; kind = reported with the expected kind;',
      'negatives = texts without personal data left unchanged; kept = "keep" substrings that survived; extra = findings outside any expected substring',
      'lang   texts  neg.  removed  recall   kind  unchanged  kept  extra',
      ...perLanguage.map((f) => row(f.language, f)),
      row('all', total),
      ...total.misses.map((miss) => `  ${miss}`),
    ].join('\n'),
  );

  it(`removes at least ${MIN_RECALL * 100} % of the expected personal data`, () => {
    expect(rate(total.removed, total.expected)).toBeGreaterThanOrEqual(MIN_RECALL);
  });
  it(`reports at least ${MIN_KIND_ACCURACY * 100} % of removals with the right kind`, () => {
    expect(rate(total.kindRight, total.removed)).toBeGreaterThanOrEqual(MIN_KIND_ACCURACY);
  });
  it('leaves every text without personal data unchanged', () => {
    expect(rate(total.negativesUnchanged, total.negatives)).toBeGreaterThanOrEqual(MIN_NEGATIVES_UNCHANGED);
  });
  it('keeps legal references, amounts, form names, steps and times next to removed data', () => {
    expect(rate(total.kept, total.keeps)).toBeGreaterThanOrEqual(MIN_KEPT);
  });
});
