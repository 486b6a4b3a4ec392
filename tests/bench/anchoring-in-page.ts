// Runs inside Chromium (bundled by anchoring.bench.ts): builds the generated 1 MB form page, describes
// 1,000 text and 1,000 field targets, anchors them with Mitgestalten and with the Hypothesis baseline,
// edits the page, and anchors again. Times are taken with performance.now() inside the page.
import { anchorAll, type AnchorMatch } from '../../lib/anchoring';
import { describeIn } from '../../lib/anchoring/describe';
import { PageIndex } from '../../lib/anchoring/page-index';
import type { AnnotationTarget } from '../../lib/model';
import { hypothesisAnchor, hypothesisDescribe, type HypothesisQuote } from './anchoring-baseline';
import { generateFormPage } from './anchoring-page';
import { seededRandom } from './seeded-random';

export interface Rates {
  correct: number;
  wrong: number;
  missing: number;
}

export interface BenchFigures {
  task: string;
  oursMs: number;
  baselineMs: number;
  ours: Rates;
  baseline: Rates;
}

const TARGETS = 1000;

interface TextCase {
  element: Element;
  ours: AnnotationTarget;
  baseline: HypothesisQuote;
  /** The text a person expects to be marked (changes when the edit is inside the quote). */
  expected: string;
  start: number;
  end: number;
}

interface FieldCase {
  control: Element;
  ours: AnnotationTarget;
  baseline: HypothesisQuote;
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function timed<T>(work: () => T): [number, T] {
  const start = performance.now();
  const result = work();
  return [performance.now() - start, result];
}

type Verdict = 'correct' | 'wrong' | 'missing';

function rates(results: Verdict[]): Rates {
  return {
    correct: results.filter((r) => r === 'correct').length,
    wrong: results.filter((r) => r === 'wrong').length,
    missing: results.filter((r) => r === 'missing').length,
  };
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function judgeRange(range: Range | null | undefined, testCase: TextCase): Verdict {
  if (!range) return 'missing';
  const inside = testCase.element.contains(range.startContainer) && testCase.element.contains(range.endContainer);
  return inside && fold(range.toString()) === fold(testCase.expected) ? 'correct' : 'wrong';
}

function controlOfLabelRange(range: Range | null): Element | null {
  const node = range?.startContainer;
  const label = (node?.nodeType === 1 ? (node as Element) : node?.parentElement)?.closest('label');
  const id = label?.getAttribute('for');
  return id ? document.getElementById(id) : null;
}

/** Word boundaries inside a text, for quotes that start and end on whole words. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if ((i === 0 || text[i - 1] === ' ') && text[i] !== ' ') starts.push(i);
  return starts;
}

function chooseTexts(next: () => number, count: number): Array<{ element: Element; start: number; end: number }> {
  const elements = [...document.querySelectorAll('[data-k]')];
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(next() * elements.length));
  return [...chosen].map((index) => {
    const element = elements[index]!;
    const text = element.firstChild!.textContent!;
    const words = wordStarts(text);
    const from = words[Math.floor(next() * Math.max(1, words.length - 3))] ?? 0;
    const length = 20 + Math.floor(next() * 50);
    let end = text.indexOf(' ', from + length);
    if (end < 0) end = text.length;
    return { element, start: from, end };
  });
}

function rangeIn(element: Element, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(element.firstChild!, start);
  range.setEnd(element.firstChild!, end);
  return range;
}

/** A small edit to each quote: a typo, a word inside, or a word right before or after it. */
function editTexts(cases: TextCase[]): void {
  cases.forEach((testCase, i) => {
    const node = testCase.element.firstChild as Text;
    const { start, end } = testCase;
    const quote = node.data.slice(start, end);
    switch (i % 4) {
      case 0: {
        const at = Math.floor(quote.length / 2);
        const typo = quote.slice(0, at) + (quote[at] === 'e' ? 'a' : 'e') + quote.slice(at + 1);
        node.data = node.data.slice(0, start) + typo + node.data.slice(end);
        testCase.expected = typo;
        break;
      }
      case 1: {
        const space = quote.indexOf(' ', Math.floor(quote.length / 3));
        const edited = space < 0 ? quote + ' bitte' : `${quote.slice(0, space)} bitte${quote.slice(space)}`;
        node.data = node.data.slice(0, start) + edited + node.data.slice(end);
        testCase.expected = edited;
        break;
      }
      case 2:
        node.data = `${node.data.slice(0, start)}jetzt ${node.data.slice(start)}`;
        break;
      default:
        node.data = `${node.data.slice(0, end)} jetzt${node.data.slice(end)}`;
    }
  });
}

/** A redesign: new ids everywhere; each target also wrapped, preceded by a new field, relabelled or moved. */
function editFields(cases: FieldCase[]): void {
  for (const label of document.querySelectorAll('label[for]')) label.setAttribute('for', `neu-${label.getAttribute('for')}`);
  for (const control of document.querySelectorAll('[data-f]')) control.id = `neu-${control.id}`;
  cases.forEach((testCase, i) => {
    const field = testCase.control.closest('.field, .choice')!;
    switch (i % 4) {
      case 0: {
        const wrapper = document.createElement('div');
        wrapper.className = 'neue-huelle';
        field.replaceWith(wrapper);
        wrapper.append(field);
        break;
      }
      case 1:
        field.insertAdjacentHTML('beforebegin', `<div class="field"><label for="extra-${i}">Weitere Angabe ${i}</label><input type="text" id="extra-${i}"></div>`);
        break;
      case 2: {
        const label = field.querySelector('label')!;
        label.textContent = `Ihr ${label.textContent} *`;
        break;
      }
      default:
        field.parentElement!.append(field);
    }
  });
}

export function runAnchoringBench(): { rows: BenchFigures[]; htmlBytes: number; textChars: number } {
  const generated = generateFormPage();
  document.body.innerHTML = generated.html;
  const root = document.body;
  const next = seededRandom(7);
  const page = new PageIndex(document);

  // Describe once, on the unchanged page, as each tool would store its targets.
  const allText = root.textContent ?? '';
  const texts: TextCase[] = chooseTexts(next, TARGETS).map(({ element, start, end }) => {
    const range = rangeIn(element, start, end);
    return { element, start, end, ours: describeIn(page, range), baseline: hypothesisDescribe(root, range, allText), expected: element.firstChild!.textContent!.slice(start, end) };
  });
  const controls = [...document.querySelectorAll('[data-f]')];
  const fields: FieldCase[] = [];
  const picked = new Set<number>();
  while (picked.size < TARGETS) picked.add(Math.floor(next() * controls.length));
  for (const index of picked) {
    const control = controls[index]!;
    const label = document.querySelector(`label[for="${control.id}"]`)!;
    const range = document.createRange();
    range.selectNodeContents(label.firstChild!);
    fields.push({ control, ours: describeIn(page, control), baseline: hypothesisDescribe(root, range, allText) });
  }

  const rows: BenchFigures[] = [];
  /** Ours: median of three batch runs. Baseline: one run (it takes seconds). Then judge both. */
  const measure = <T, B>(task: string, cases: T[], batch: () => Array<AnchorMatch | null>, one: (c: T) => B, judgeOurs: (m: AnchorMatch | null, c: T) => Verdict, judgeBaseline: (b: B, c: T) => Verdict) => {
    const runs: number[] = [];
    let results: Array<AnchorMatch | null> = [];
    for (let run = 0; run < 3; run++) {
      const [ms, found] = timed(batch);
      runs.push(ms);
      results = found;
    }
    const [baselineMs, baselineResults] = timed(() => cases.map(one));
    rows.push({
      task,
      oursMs: median(runs),
      baselineMs,
      ours: rates(cases.map((c, i) => judgeOurs(results[i]!, c))),
      baseline: rates(cases.map((c, i) => judgeBaseline(baselineResults[i]!, c))),
    });
  };
  const measureTexts = (task: string) =>
    measure(task, texts, () => anchorAll(texts.map((t) => t.ours), document), (t) => hypothesisAnchor(root, t.baseline), (m, t) => judgeRange(m?.range, t), judgeRange);
  const judgeField = (found: Element | null | undefined, f: FieldCase): Verdict => (!found ? 'missing' : found === f.control ? 'correct' : 'wrong');
  const measureFields = (task: string) =>
    measure(task, fields, () => anchorAll(fields.map((f) => f.ours), document), (f) => controlOfLabelRange(hypothesisAnchor(root, f.baseline)), (m, f) => judgeField(m?.element, f), judgeField);

  measureTexts('1.000 Textstellen, Seite unverändert');
  measureFields('1.000 Felder, Seite unverändert');
  editTexts(texts);
  editFields(fields);
  measureTexts('1.000 Textstellen nach Änderungen');
  measureFields('1.000 Felder nach Umbau');
  // Keep the figures in the order of the issue: text exact, text edited, field exact, field edited.
  return { rows: [rows[0]!, rows[2]!, rows[1]!, rows[3]!], htmlBytes: generated.html.length, textChars: page.text.text.length };
}
