/**
 * Turn what a person pointed at into selectors that will find it again: a form control by what a
 * person sees (label, legends, kind), a text passage by its quote and context (and where it sits: its
 * element and field), any other element by its wording and, as a fallback, its path. Never reads what
 * a person typed.
 */
import type { AnnotationTarget, CssSelector, FieldSelector, Selector, TextPositionSelector, TextQuoteSelector, XPathSelector } from '../model';
import { controlOf, owningControl } from './control';
import { LABEL_LENGTH, shorten } from './field-label';
import { lookAlikeKey } from './match-field';
import { PageIndex } from './page-index';
import { positionSelector } from './text-position';
import { offsetsOfRange, quoteSelector } from './text-quote';
import { spanOf } from './visible-text';

/** Element quotes are the start of the element's text; enough to recognise it, short to store. */
export const ELEMENT_QUOTE_LENGTH = 160;

function isRange(target: Element | Range): target is Range {
  return typeof (target as Range).startContainer !== 'undefined';
}

function defaultRoot(target: Element | Range): Document {
  return isRange(target) ? target.startContainer.ownerDocument ?? (target.startContainer as Document) : target.ownerDocument;
}

/** A passage of the visible text [start, end): its quote, and its position for tools that start there. */
function passageSelectors(page: PageIndex, start: number, end: number): [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] {
  const quote = quoteSelector(page.text, start, end);
  const position = positionSelector(page.text, start, end);
  return position ? [quote, position] : [quote];
}

export function describe(target: Element | Range, root: Document | Element = defaultRoot(target)): AnnotationTarget {
  return describeIn(new PageIndex(root), target);
}

/**
 * Describe many targets of one page, in the order given. The page is read once: describing each
 * with `describe` would read it again for every target (the list of a form's fields, say).
 */
export function describeAll(targets: readonly (Element | Range)[], root: Document | Element): AnnotationTarget[] {
  const page = new PageIndex(root);
  return targets.map((target) => describeIn(page, target));
}

/** `describe` on a page index that is already built (many targets of one page, e.g. in a benchmark). */
export function describeIn(page: PageIndex, target: Element | Range): AnnotationTarget {
  if (isRange(target)) {
    const { start, end } = offsetsOfRange(page.text, target);
    if (end > start) return describePassage(page, target, start, end);
    // Nothing visible selected: the element around the selection is what the person meant.
    const around = target.commonAncestorContainer;
    return describeIn(page, around.nodeType === 1 ? (around as Element) : (around.parentElement ?? page.element!));
  }

  const control = controlOf(target);
  if (control) return describeField(control, page);
  if (target === page.element || target === page.element?.ownerDocument.documentElement) return { kind: 'page', selectors: [] };
  return describeElement(target, page);
}

/**
 * A passage of text: its quote and position, and where it sits, for telling apart identical lines
 * when the page has changed: the element around it and the field it belongs to, if any.
 */
function describePassage(page: PageIndex, range: Range, start: number, end: number): AnnotationTarget {
  const selectors: Selector[] = passageSelectors(page, start, end);
  const label = shorten(page.text.text.slice(start, end), LABEL_LENGTH);
  const around = range.commonAncestorContainer;
  const element = around.nodeType === 1 ? (around as Element) : around.parentElement;
  if (!element || element === page.element || !page.element?.contains(element)) return { kind: 'text', selectors, label };
  selectors.push(...pathSelectors(element, page));
  const control = owningControl(element);
  if (control) selectors.push(fieldSelector(control, page));
  return { kind: 'text', selectors, label };
}

function pathSelectors(element: Element, page: PageIndex): [CssSelector, XPathSelector] {
  return [
    { type: 'CssSelector', value: page.paths.css(element) },
    { type: 'XPathSelector', value: page.paths.xpath(element) },
  ];
}

function fieldSelector(control: Element, page: PageIndex): FieldSelector {
  const indexed = page.fields.get(control);
  const info = indexed ?? page.labels.info(control);
  // Position among look-alikes: counted when the index is built; a control it left out comes after them all.
  const key = lookAlikeKey(info.label, info.controlType, info.legends);
  const position = indexed ? indexed.ordinal : page.fields.fields.filter((field) => field.key === key).length;
  const field: FieldSelector = { type: 'FieldSelector', legends: info.legends, controlType: info.controlType, position };
  if (info.label) field.label = info.label;
  if (info.name) field.name = info.name;
  if (info.id) field.id = info.id;
  if (info.form) field.form = info.form;
  return field;
}

function describeField(control: Element, page: PageIndex): AnnotationTarget {
  const field = fieldSelector(control, page);
  const selectors: Selector[] = [field, ...pathSelectors(control, page)];
  return field.label ? { kind: 'field', selectors, label: shorten(field.label, LABEL_LENGTH) } : { kind: 'field', selectors };
}

function describeElement(element: Element, page: PageIndex): AnnotationTarget {
  const selectors: Selector[] = pathSelectors(element, page);
  const span = spanOf(page.text, element);
  if (!span) return { kind: 'element', selectors };
  const text = page.text.text.slice(span.start, span.end);
  const quote = shorten(text, ELEMENT_QUOTE_LENGTH);
  selectors.push(...passageSelectors(page, span.start, span.start + quote.length));
  return { kind: 'element', selectors, label: shorten(text, LABEL_LENGTH) };
}
