/**
 * Find targets again in a page that may have changed. One page index per batch: the visible text and
 * the controls are read once, however many suggestions a page has.
 */
import type {
  AnnotationTarget, CssSelector, FieldSelector, Selector, TextPositionSelector, TextQuoteSelector, XPathSelector,
} from '../model';
import { controlOf, fieldContainer } from './control';
import { similarity } from './edit-distance';
import { resolveCss, resolveXPath, xpathTag } from './element-path';
import { PageIndex } from './page-index';
import { rangeOfPosition, visibleOffsetOfPosition } from './text-position';
import type { QuoteScope } from './match-quote';
import { findQuote, type QuoteFinder, type TextHit } from './text-quote';
import { normalizeSpace, offsetOfPoint, rangeFromOffsets, spanOf } from './visible-text';

export interface AnchorMatch {
  /** The control or element, for field, element and page targets. */
  element?: Element;
  /** The text, for text targets. */
  range?: Range;
  /** 0..1: how sure we are that this is what the person pointed at. */
  confidence: number;
  /** The selector type that decided, e.g. "FieldSelector" or "TextQuoteSelector". */
  via: string;
}

/** Selectors by type; selectors of types we do not know (Hypothesis' RangeSelector) are ignored. */
interface Selectors {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  css?: CssSelector;
  xpath?: XPathSelector;
  field?: FieldSelector;
}

function byType(selectors: readonly Selector[]): Selectors {
  const found: Selectors = {};
  for (const selector of selectors) {
    switch (selector.type) {
      case 'TextQuoteSelector': found.quote ??= selector; break;
      case 'TextPositionSelector': found.position ??= selector; break;
      case 'CssSelector': found.css ??= selector; break;
      case 'XPathSelector': found.xpath ??= selector; break;
      case 'FieldSelector': found.field ??= selector; break;
    }
  }
  return found;
}

function defaultRoot(): Document {
  if (typeof document === 'undefined') throw new Error('anchor() braucht ein Dokument: bitte root angeben.');
  return document;
}

/** Find one target. For many targets of one page use `anchorAll`, which reads the page once. */
export function anchor(target: AnnotationTarget, root: Document | Element = defaultRoot()): AnchorMatch | null {
  return anchorIn(new PageIndex(root), target);
}

/**
 * Find many targets in one page; the result is in the order of `targets`, null for each not found.
 * The page is read once. Targets that only their position could tell apart from look-alikes get a
 * second try with their position corrected by how far their confidently found neighbours moved:
 * forms repeat sentences, and after edits elsewhere a stored position is stale by that shift.
 */
export function anchorAll(targets: readonly AnnotationTarget[], root: Document | Element = defaultRoot()): Array<AnchorMatch | null> {
  const page = new PageIndex(root);
  const found = targets.map((target) => locate(page, target));
  // Each round learns the shift from more targets; two more rounds settle nearly all that can be.
  for (let round = 0; round < 2; round++) {
    const shifts = new PositionShifts(found);
    if (shifts.empty) break;
    let changed = false;
    found.forEach((result, i) => {
      const { hint, retry } = result;
      if (hint === undefined || !retry || (result.match && !result.positional)) return;
      const corrected = hint + shifts.at(hint);
      if (corrected === (result.corrected ?? hint)) return;
      found[i] = retry(corrected);
      changed = true;
    });
    if (!changed) break;
  }
  return found.map((result) => result.match);
}

export function anchorIn(page: PageIndex, target: AnnotationTarget): AnchorMatch | null {
  return locate(page, target).match;
}

/** A match with what anchorAll needs to correct stale positions. */
interface Located {
  match: AnchorMatch | null;
  /** The position hint used (TextPositionSelector.start), for quote targets. */
  hint?: number;
  /** Text offset where the quote was found. */
  start?: number;
  /** Only the position told this place apart from an equally good one. */
  positional?: boolean;
  /** The corrected hint of the last try, if any. */
  corrected?: number;
  /** Ask again with a corrected hint (quote targets only). */
  retry?: (corrected: number) => Located;
}

/**
 * How far text has moved, learnt from targets found by their wording: old position → shift.
 * Between two such targets the shift is interpolated (edits spread over the page); a shift that
 * disagrees wildly with its neighbours' is a mistaken match and is left out.
 */
class PositionShifts {
  private readonly from: number[] = [];
  private readonly by: number[] = [];

  constructor(found: Located[]) {
    const pairs = found
      // Found by wording, or by position once the hint was corrected: both teach the next round.
      .filter((r) => r.match && (!r.positional || r.corrected !== undefined) && r.hint !== undefined && r.start !== undefined)
      .map((r) => [r.hint!, r.start! - r.hint!] as const)
      .sort((a, b) => a[0] - b[0]);
    pairs.forEach(([from, by], i) => {
      const around = pairs.slice(Math.max(0, i - 3), i + 4).map((pair) => pair[1]).sort((a, b) => a - b);
      const median = around[around.length >> 1]!;
      if (Math.abs(by - median) > 1000) return;
      this.from.push(from);
      this.by.push(by);
    });
  }

  get empty(): boolean {
    return this.from.length === 0;
  }

  at(position: number): number {
    const { from, by } = this;
    let low = 0;
    let high = from.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (from[mid]! <= position) low = mid + 1;
      else high = mid;
    }
    // from[low - 1] <= position < from[low]
    if (low === 0) return by[0]!;
    if (low === from.length) return by[from.length - 1]!;
    const [x0, x1, y0, y1] = [from[low - 1]!, from[low]!, by[low - 1]!, by[low]!];
    return Math.round(y0 + ((y1 - y0) * (position - x0)) / Math.max(1, x1 - x0));
  }
}

/**
 * Where in the visible text a stored position expects the passage to start. Only a hint: a position
 * past the end of a page that has since shrunk still says "near the end".
 */
function hintOf(page: PageIndex, position: TextPositionSelector | undefined): number | undefined {
  if (!position) return undefined;
  return visibleOffsetOfPosition(page.text, Math.min(position.start, page.text.contentLength));
}

function locate(page: PageIndex, target: AnnotationTarget): Located {
  const selectors = byType(target.selectors ?? []);
  const position = hintOf(page, selectors.position);
  switch (target.kind) {
    case 'field':
      return { match: anchorField(page, selectors) };
    case 'text':
      return anchorText(page, selectors, position);
    case 'element':
      return anchorElement(page, selectors, position);
    case 'page':
      if (!selectors.quote && !selectors.css && !selectors.xpath) {
        return { match: page.element ? { element: page.element, confidence: 1, via: 'page' } : null };
      }
      return anchorElement(page, selectors, position);
    default:
      return { match: null };
  }
}

function anchorField(page: PageIndex, selectors: Selectors): AnchorMatch | null {
  if (selectors.field) {
    const match = page.fields.find(selectors.field);
    return match ? { element: match.element, confidence: match.confidence, via: 'FieldSelector' } : null;
  }
  // Written by a tool that knows no FieldSelector: only the path is left, so trust it a little.
  const element = pathElement(page, selectors);
  const control = element && controlOf(element.element);
  return control ? { element: control, confidence: element.confidence, via: element.via } : null;
}

/** Run a prepared quote search with a hint; the result can ask again with a corrected hint. */
function locateQuote(find: QuoteFinder, hint: number | undefined, toMatch: (hit: TextHit) => AnchorMatch | null, original = hint): Located {
  const hit = find(hint, hint === original);
  const match = hit && toMatch(hit);
  return {
    match,
    hint: original,
    corrected: hint === original ? undefined : hint,
    start: hit?.match.start,
    positional: hit?.match.positional,
    retry: (corrected) => locateQuote(find, corrected, toMatch, original),
  };
}

function anchorText(page: PageIndex, selectors: Selectors, hint: number | undefined): Located {
  if (selectors.quote) {
    const home = () => fieldScope(page, selectors);
    const scopes = () => passageScopes(page, selectors);
    return locateQuote(findQuote(page, selectors.quote, { home, scopes }), hint, (hit) => ({ range: hit.range, confidence: hit.match.confidence, via: 'TextQuoteSelector' }));
  }
  if (selectors.position) return { match: anchorPosition(page, selectors.position) };
  const element = pathElement(page, selectors);
  if (!element) return { match: null };
  const range = element.element.ownerDocument.createRange();
  range.selectNodeContents(element.element);
  return { match: { range, confidence: element.confidence * 0.6, via: element.via } };
}

function scopeOf(page: PageIndex, element: Element | null | undefined): QuoteScope | undefined {
  const span = element && spanOf(page.text, element);
  return span ? { from: span.start, to: span.end } : undefined;
}

/**
 * The field a passage belongs to (a hint under its label), found by what a person sees, whatever
 * became of the markup: the passage is in it, or gone. An identical hint under another field is not it.
 */
function fieldScope(page: PageIndex, selectors: Selectors): QuoteScope | undefined {
  const field = selectors.field && page.fields.find(selectors.field);
  return field ? scopeOf(page, fieldContainer(field.element)) : undefined;
}

/**
 * Where else the selectors place a passage, most telling first: in the element its path names, in
 * the section that path starts from. When identical lines compete, the one there is taken.
 */
function* passageScopes(page: PageIndex, selectors: Selectors): Generator<QuoteScope> {
  const inElement = scopeOf(page, pathElement(page, selectors)?.element);
  if (inElement) yield inElement;
  const section = selectors.css?.value.split(' > ')[0];
  const inSection = section?.startsWith('#') && section !== selectors.css?.value ? scopeOf(page, resolveCss(section, page.root)) : undefined;
  if (inSection) yield inSection;
}

/**
 * A position alone cannot tell whether the page changed; offer it, with little confidence. A position
 * past the end of the text, or one that covers nothing a person sees, is not found.
 */
function anchorPosition(page: PageIndex, position: TextPositionSelector): AnchorMatch | null {
  const range = rangeOfPosition(page.text, position);
  return range ? { range, confidence: 0.25, via: 'TextPositionSelector' } : null;
}

/** Tag name the element had, from its XPath or the last step of its CSS path. */
function expectedTag(selectors: Selectors): string | undefined {
  if (selectors.xpath) return xpathTag(selectors.xpath.value);
  const last = selectors.css?.value.split(/\s*[>+~\s]\s*/).pop();
  const tag = last && /^([a-zA-Z][\w-]*)/.exec(last)?.[1];
  return tag?.toLowerCase();
}

function anchorElement(page: PageIndex, selectors: Selectors, hint: number | undefined): Located {
  if (!selectors.quote) return { match: pathElement(page, selectors) };
  const index = page.text;
  const tag = expectedTag(selectors);
  const root = page.element;
  // The quote is the start of the element's text, so the element must start where the quote starts.
  const elementAt = (start: number): Element | null => {
    const range = rangeFromOffsets(index, start, start + 1);
    let node: Node | null = range?.startContainer ?? null;
    for (; node && node !== root?.parentNode; node = node.parentNode) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (tag && el.tagName.toLowerCase() !== tag) continue;
      const elementStart = offsetOfPoint(index, el, 0);
      if (Math.abs(elementStart - start) <= 2) return el;
      if (elementStart < start - 2) return null;
    }
    return null;
  };
  // An element of that kind must start in a stretch of text for the quote to be looked for there.
  const starts = tag ? page.startsOf(tag) : undefined;
  const startsWithin = starts && ((from: number, to: number) => startsBetween(starts, from - 2, to + 2));
  const stored = normalizeSpace(selectors.quote.exact);
  return locateQuote(findQuote(page, selectors.quote, { accept: (start) => elementAt(start) !== null, acceptWindow: startsWithin }), hint, (hit) => {
    const element = elementAt(hit.match.start);
    if (!element) return null;
    // A short quote may match the start of a longer element; check that the wording is the element's.
    const actual = normalizeSpace(element.textContent ?? '').slice(0, stored.length + 20);
    const fit = actual.length <= stored.length + 2 ? similarity(stored, actual) : 1;
    return { element, confidence: Math.round(hit.match.confidence * Math.max(0.5, fit) * 1000) / 1000, via: 'TextQuoteSelector' };
  });
}

/** Whether an ascending list of offsets has one in [from, to). */
function startsBetween(starts: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low < starts.length && starts[low]! < to;
}

/** The element a CSS or XPath selector names: the brittle fallback when nothing else is stored. */
function pathElement(page: PageIndex, selectors: Selectors): { element: Element; confidence: number; via: string } | null {
  const byCss = selectors.css && resolveCss(selectors.css.value, page.root);
  if (byCss) return { element: byCss, confidence: 0.5, via: 'CssSelector' };
  const byXPath = selectors.xpath && resolveXPath(selectors.xpath.value, page.root);
  if (byXPath) return { element: byXPath, confidence: 0.4, via: 'XPathSelector' };
  return null;
}
