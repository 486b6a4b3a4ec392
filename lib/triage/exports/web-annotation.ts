import type { Selector, Suggestion } from '../../model';
import type { TriageRecord } from '../record';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) as JSON-LD: one annotation per
 * suggestion, in an AnnotationCollection, so annotation tools (Hypothesis, Apache Annotator, Recogito)
 * find the places people pointed at.
 *
 * - The problem is a TextualBody with purpose `commenting`, the proposed wording one with `editing`
 *   (a request to change the target), the category one with `tagging`.
 * - The target is a SpecificResource on the page's scrubbed address. Several selectors of one target
 *   must each select the same segment (§4.2): a passage is named by its quote and its position, and by
 *   the element around it refined by the quote (§4.2.9); a field or element by its CSS and XPath
 *   selectors. Our FieldSelector is not part of the model; a field's id becomes a CSS selector.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type W3cSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
  | { type: 'TextPositionSelector'; start: number; end: number }
  | { type: 'CssSelector' | 'XPathSelector'; value: string; refinedBy?: W3cSelector };

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'editing' | 'tagging';
  format?: 'text/plain';
  language?: string;
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'editing';
  created: string;
  modified: string;
  body: TextualBody[];
  target: string | { source: string; selector: W3cSelector | W3cSelector[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const cssString = (value: string) => `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

function quoteOf(selector: Extract<Selector, { type: 'TextQuoteSelector' }>): W3cSelector {
  return { type: 'TextQuoteSelector', exact: selector.exact, ...(selector.prefix ? { prefix: selector.prefix } : {}), ...(selector.suffix ? { suffix: selector.suffix } : {}) };
}

function selectorsOf({ target }: Suggestion): W3cSelector[] {
  const quote = target.selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = target.selectors.find((s) => s.type === 'TextPositionSelector');
  const elements = target.selectors.filter((s) => s.type === 'CssSelector' || s.type === 'XPathSelector').map((s): W3cSelector => ({ type: s.type, value: s.value }));
  if (target.kind === 'text' && quote) {
    return [
      quoteOf(quote),
      ...(position ? [{ type: 'TextPositionSelector' as const, start: position.start, end: position.end }] : []),
      ...elements.map((element) => ({ ...element, refinedBy: quoteOf(quote) })),
    ];
  }
  const field = target.selectors.find((s) => s.type === 'FieldSelector');
  const byId: W3cSelector[] = field?.id && !elements.some((e) => e.type === 'CssSelector') ? [{ type: 'CssSelector', value: `[id=${cssString(field.id)}]` }] : [];
  return [...elements, ...byId];
}

export function toWebAnnotation(record: TriageRecord): WebAnnotation {
  const { suggestion } = record;
  const selectors = suggestion.target.kind === 'page' ? [] : selectorsOf(suggestion);
  const text = (value: string, purpose: TextualBody['purpose']): TextualBody => ({ type: 'TextualBody', value, purpose, format: 'text/plain', language: suggestion.language });
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${suggestion.id}`,
    type: 'Annotation',
    motivation: suggestion.proposal ? 'editing' : 'commenting',
    created: suggestion.createdAt,
    modified: suggestion.updatedAt,
    body: [
      text(suggestion.problem, 'commenting'),
      ...(suggestion.proposal ? [text(suggestion.proposal, 'editing')] : []),
      { type: 'TextualBody', value: suggestion.category, purpose: 'tagging' },
    ],
    target: selectors.length === 0 ? suggestion.page.url : { source: suggestion.page.url, selector: selectors.length === 1 ? selectors[0]! : selectors },
  };
}

export function toAnnotationCollection(records: readonly TriageRecord[], collectionId: string): AnnotationCollection {
  const items = records.map(toWebAnnotation);
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Mitgestalten: Verbesserungsvorschläge',
    total: items.length,
    first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
