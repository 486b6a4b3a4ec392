/**
 * Turn what a person pointed at into selectors that will find it again: a form control by what a
 * person sees (label, legends, kind), a text passage by its quote and context, any other element by
 * its wording and, as a fallback, its path. Never reads what a person typed.
 */
import type { AnnotationTarget, FieldSelector, Selector, TextPositionSelector, TextQuoteSelector } from '../model';
import { controlOf } from './control';
import { cssPath, xpath } from './element-path';
import { lookAlikeKey } from './match-field';
import { PageIndex } from './page-index';
import { positionSelector } from './text-position';
import { offsetsOfRange, quoteSelector } from './text-quote';
import { offsetOfPoint, type VisibleText } from './visible-text';

/** Element quotes are the start of the element's text; enough to recognise it, short to store. */
export const ELEMENT_QUOTE_LENGTH = 160;
const LABEL_LENGTH = 200;

function isRange(target: Element | Range): target is Range {
  return typeof (target as Range).startContainer !== 'undefined';
}

function defaultRoot(target: Element | Range): Document {
  return isRange(target) ? target.startContainer.ownerDocument ?? (target.startContainer as Document) : target.ownerDocument;
}

function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return text.slice(0, cut > length / 2 ? cut : length);
}

/** Offsets of an element's visible text, or null when nothing of it is visible. */
export function elementSpan(index: VisibleText, element: Element): { start: number; end: number } | null {
  let start = offsetOfPoint(index, element, 0);
  let end = offsetOfPoint(index, element, element.childNodes.length);
  while (start < end && index.text.charCodeAt(start) === 32) start++;
  while (end > start && index.text.charCodeAt(end - 1) === 32) end--;
  return end > start ? { start, end } : null;
}

/** A passage of the visible text [start, end): its quote, and its position for tools that start there. */
function passageSelectors(page: PageIndex, start: number, end: number): [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] {
  const quote = quoteSelector(page.text, start, end);
  const position = positionSelector(page.content, page.text, start, end);
  return position ? [quote, position] : [quote];
}

export function describe(target: Element | Range, root: Document | Element = defaultRoot(target)): AnnotationTarget {
  return describeIn(new PageIndex(root), target);
}

/** `describe` on a page index that is already built (many targets of one page, e.g. in a benchmark). */
export function describeIn(page: PageIndex, target: Element | Range): AnnotationTarget {
  if (isRange(target)) {
    const { start, end } = offsetsOfRange(page.text, target);
    if (end > start) {
      const selectors = passageSelectors(page, start, end);
      return { kind: 'text', selectors, label: shorten(selectors[0].exact, LABEL_LENGTH) };
    }
    // Nothing visible selected: the element around the selection is what the person meant.
    const around = target.commonAncestorContainer;
    return describeIn(page, around.nodeType === 1 ? (around as Element) : (around.parentElement ?? page.element!));
  }

  const control = controlOf(target);
  if (control) return describeField(control, page);
  if (target === page.element || target === page.element?.ownerDocument.documentElement) return { kind: 'page', selectors: [] };
  return describeElement(target, page);
}

function describeField(control: Element, page: PageIndex): AnnotationTarget {
  const info = page.fields.get(control) ?? page.labels.info(control);
  let position = 0;
  const key = lookAlikeKey(info.label, info.controlType, info.legends);
  for (const field of page.fields.fields) {
    if (field.element === control) break;
    if (field.key === key) position++;
  }
  const field: FieldSelector = { type: 'FieldSelector', legends: info.legends, controlType: info.controlType, position };
  if (info.label) field.label = info.label;
  if (info.name) field.name = info.name;
  if (info.id) field.id = info.id;
  if (info.form) field.form = info.form;
  const selectors: Selector[] = [
    field,
    { type: 'CssSelector', value: cssPath(control, page.root) },
    { type: 'XPathSelector', value: xpath(control, page.root) },
  ];
  return info.label ? { kind: 'field', selectors, label: shorten(info.label, LABEL_LENGTH) } : { kind: 'field', selectors };
}

function describeElement(element: Element, page: PageIndex): AnnotationTarget {
  const selectors: Selector[] = [
    { type: 'CssSelector', value: cssPath(element, page.root) },
    { type: 'XPathSelector', value: xpath(element, page.root) },
  ];
  const span = elementSpan(page.text, element);
  if (!span) return { kind: 'element', selectors };
  const text = page.text.text.slice(span.start, span.end);
  const quote = shorten(text, ELEMENT_QUOTE_LENGTH);
  selectors.push(...passageSelectors(page, span.start, span.start + quote.length));
  return { kind: 'element', selectors, label: shorten(text, LABEL_LENGTH) };
}
