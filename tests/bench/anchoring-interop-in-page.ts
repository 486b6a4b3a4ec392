// Runs inside Chromium (bundled by anchoring-interop.bench.ts): Hypothesis' own exported annotations
// on their baseline pages, and quotes on a long real page (Anna Karenina), anchored by Mitgestalten
// and by the Hypothesis baseline. The page HTML is passed in from the bench; nothing is stored here.
import { anchorAll } from '../../lib/anchoring';
import { describeIn } from '../../lib/anchoring/describe';
import { PageIndex } from '../../lib/anchoring/page-index';
import type { AnnotationTarget } from '../../lib/model';
import { hypothesisAnchor, hypothesisDescribe } from './anchoring-baseline';
import { seededRandom } from './seeded-random';

/** Annotation rows as the Hypothesis API exports them (only what we read). */
interface ExportedRow {
  target: Array<{ selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number }> }>;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Like Hypothesis' own baseline test: the page goes into a container, selectors are relative to it. */
function container(html: string): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/**
 * Median time of one call, from 7 samples of 20 calls each after a warm-up: Chromium's timer has a
 * resolution of 0.1 ms, and on small pages one call is faster than that.
 */
function medianRun<T>(work: () => T, runs = 7, calls = 20): [number, T] {
  let result = work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (let call = 0; call < calls; call++) result = work();
    times.push((performance.now() - start) / calls);
  }
  return [times.sort((a, b) => a - b)[Math.floor(runs / 2)]!, result];
}

export interface BaselineResult {
  quotes: number;
  oursFound: number;
  baselineFound: number;
  oursMs: number;
  baselineMs: number;
  misses: string[];
}

/** Every TextQuoteSelector.exact of the exported annotations must be found, with its own text. */
export function runBaseline(html: string, exported: { rows: ExportedRow[] }): BaselineResult {
  const root = container(html);
  // Exactly as exported: RangeSelector included, which we do not know and must ignore.
  const targets = exported.rows.flatMap((row) => row.target.map((target) => ({ kind: 'text', selectors: target.selector }) as unknown as AnnotationTarget));
  const quotes = targets.map((t) => t.selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string; prefix?: string; suffix?: string });
  const positions = targets.map((t) => t.selectors.find((s) => s.type === 'TextPositionSelector') as { start: number } | undefined);
  // Small pages: the median of a few runs after a warm-up, so one compilation does not decide.
  const [oursMs, ours] = medianRun(() => anchorAll(targets, root));
  const [baselineMs, baseline] = medianRun(() =>
    quotes.map((q, i) => hypothesisAnchor(root, { exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '', start: positions[i]?.start ?? 0 })),
  );
  const misses: string[] = [];
  const oursFound = ours.filter((match, i) => {
    const ok = !!match?.range && fold(match.range.toString()) === fold(quotes[i]!.exact);
    if (!ok) misses.push(`„${quotes[i]!.exact.slice(0, 60)}“ → ${match?.range ? `„${fold(match.range.toString()).slice(0, 60)}“` : 'nichts'}`);
    return ok;
  }).length;
  const baselineFound = baseline.filter((range, i) => !!range && fold(range.toString()) === fold(quotes[i]!.exact)).length;
  return { quotes: quotes.length, oursFound, baselineFound, oursMs, baselineMs, misses };
}

export interface LongPageRow {
  task: string;
  oursMs: number;
  baselineMs: number;
  oursCorrect: number;
  baselineCorrect: number;
  oursWrong: number;
  baselineWrong: number;
  count: number;
  textChars: number;
}

/** Quotes from a long real page: exact, then after a typo in each quote. */
export function runLongPage(html: string, name: string, count: number): LongPageRow[] {
  const root = container(html);
  const next = seededRandom(11);
  const paragraphs = [...root.querySelectorAll('p')].filter((p) => p.childNodes.length === 1 && p.firstChild!.nodeType === 3 && p.textContent!.length > 120);
  const chosen = new Set<Element>();
  while (chosen.size < count && chosen.size < paragraphs.length) chosen.add(paragraphs[Math.floor(next() * paragraphs.length)]!);
  const page = new PageIndex(root);
  const allText = root.textContent ?? '';
  const cases = [...chosen].map((p) => {
    const text = p.firstChild!.textContent!;
    let start = Math.floor(next() * (text.length - 80));
    start = text.indexOf(' ', start) + 1;
    const end = text.indexOf(' ', start + 30 + Math.floor(next() * 40));
    const range = document.createRange();
    range.setStart(p.firstChild!, start);
    range.setEnd(p.firstChild!, end < 0 ? text.length : end);
    return { p, start, end: end < 0 ? text.length : end, expected: range.toString(), ours: describeIn(page, range), baseline: hypothesisDescribe(root, range, allText) };
  });

  const measure = (task: string): LongPageRow => {
    let start = performance.now();
    const ours = anchorAll(cases.map((c) => c.ours), root);
    const oursMs = performance.now() - start;
    start = performance.now();
    const baseline = cases.map((c) => hypothesisAnchor(root, c.baseline));
    const baselineMs = performance.now() - start;
    const judge = (range: Range | null | undefined, c: (typeof cases)[number]) =>
      !range ? 'missing' : c.p.contains(range.startContainer) && fold(range.toString()) === fold(c.expected) ? 'correct' : 'wrong';
    const oursJudged = ours.map((m, i) => judge(m?.range, cases[i]!));
    const baselineJudged = baseline.map((r, i) => judge(r, cases[i]!));
    return {
      task: `${name}: ${task}`,
      oursMs,
      baselineMs,
      oursCorrect: oursJudged.filter((j) => j === 'correct').length,
      oursWrong: oursJudged.filter((j) => j === 'wrong').length,
      baselineCorrect: baselineJudged.filter((j) => j === 'correct').length,
      baselineWrong: baselineJudged.filter((j) => j === 'wrong').length,
      count: cases.length,
      textChars: page.text.text.length,
    };
  };

  const exact = measure(`${cases.length} Zitate, unverändert`);
  // A typo in the middle of each quote.
  for (const c of cases) {
    const node = c.p.firstChild as Text;
    const at = c.start + Math.floor((c.end - c.start) / 2);
    const typo = node.data[at] === 'e' ? 'a' : 'e';
    node.data = node.data.slice(0, at) + typo + node.data.slice(at + 1);
    c.expected = node.data.slice(c.start, c.end);
  }
  return [exact, measure(`${cases.length} Zitate mit Tippfehler`)];
}
