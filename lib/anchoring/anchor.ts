/**
 * Find targets again in a page that may have changed. One page index per batch: the visible text and
 * the controls are read once, however many suggestions a page has.
 */
import type {
  AnnotationTarget, CssSelector, FieldSelector, Selector, TextPositionSelector, TextQuoteSelector, XPathSelector,
} from '../model';
import { controlOf } from './control';
import { similarity } from './edit-distance';
import { resolveCss, resolveXPath, xpathTag } from './element-path';
import { PageIndex } from './page-index';
import { findQuote } from './text-quote';
import { normalizeSpace, offsetOfPoint, rangeFromOffsets } from './visible-text';

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

/** Find many targets in one page; the result is in the order of `targets`, null for each not found. */
export function anchorAll(targets: readonly AnnotationTarget[], root: Document | Element = defaultRoot()): Array<AnchorMatch | null> {
  const page = new PageIndex(root);
  return targets.map((target) => anchorIn(page, target));
}

export function anchorIn(page: PageIndex, target: AnnotationTarget): AnchorMatch | null {
  const selectors = byType(target.selectors ?? []);
  switch (target.kind) {
    case 'field':
      return anchorField(page, selectors);
    case 'text':
      return anchorText(page, selectors);
    case 'element':
      return anchorElement(page, selectors);
    case 'page':
      if (!selectors.quote && !selectors.css && !selectors.xpath) {
        return page.element ? { element: page.element, confidence: 1, via: 'page' } : null;
      }
      return anchorElement(page, selectors);
    default:
      return null;
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

function anchorText(page: PageIndex, selectors: Selectors): AnchorMatch | null {
  const index = page.text;
  if (selectors.quote) {
    const hit = findQuote(index, selectors.quote, selectors.position);
    return hit ? { range: hit.range, confidence: hit.match.confidence, via: 'TextQuoteSelector' } : null;
  }
  if (selectors.position) {
    // A position alone cannot tell whether the page changed; offer it, with little confidence.
    const range = rangeFromOffsets(index, selectors.position.start, Math.min(selectors.position.end, index.text.length));
    return range ? { range, confidence: 0.25, via: 'TextPositionSelector' } : null;
  }
  const element = pathElement(page, selectors);
  if (!element) return null;
  const range = element.element.ownerDocument.createRange();
  range.selectNodeContents(element.element);
  return { range, confidence: element.confidence * 0.6, via: element.via };
}

/** Tag name the element had, from its XPath or the last step of its CSS path. */
function expectedTag(selectors: Selectors): string | undefined {
  if (selectors.xpath) return xpathTag(selectors.xpath.value);
  const last = selectors.css?.value.split(/\s*[>+~\s]\s*/).pop();
  const tag = last && /^([a-zA-Z][\w-]*)/.exec(last)?.[1];
  return tag?.toLowerCase();
}

function anchorElement(page: PageIndex, selectors: Selectors): AnchorMatch | null {
  if (!selectors.quote) return pathElement(page, selectors);
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
  const hit = findQuote(index, selectors.quote, selectors.position, (start) => elementAt(start) !== null);
  if (!hit) return null;
  const element = elementAt(hit.match.start);
  if (!element) return null;
  // A short quote may match the start of a longer element; check that the wording is the element's.
  const stored = normalizeSpace(selectors.quote.exact);
  const actual = normalizeSpace(element.textContent ?? '').slice(0, stored.length + 20);
  const fit = actual.length <= stored.length + 2 ? similarity(stored, actual) : 1;
  return { element, confidence: Math.round(hit.match.confidence * Math.max(0.5, fit) * 1000) / 1000, via: 'TextQuoteSelector' };
}

/** The element a CSS or XPath selector names: the brittle fallback when nothing else is stored. */
function pathElement(page: PageIndex, selectors: Selectors): { element: Element; confidence: number; via: string } | null {
  const byCss = selectors.css && resolveCss(selectors.css.value, page.root);
  if (byCss) return { element: byCss, confidence: 0.5, via: 'CssSelector' };
  const byXPath = selectors.xpath && resolveXPath(selectors.xpath.value, page.root);
  if (byXPath) return { element: byXPath, confidence: 0.4, via: 'XPathSelector' };
  return null;
}
