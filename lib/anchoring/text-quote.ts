/**
 * Text targets: a passage of the visible text described as a W3C TextQuoteSelector, and found again
 * through `QuoteSearch`.
 */
import type { TextQuoteSelector } from '../model';
import { QuoteSearch, type MatchQuoteOptions, type QuoteMatch } from './match-quote';
import type { PageIndex } from './page-index';
import { offsetOfPoint, rangeFromOffsets, type VisibleText } from './visible-text';

/** Characters of context stored on each side, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

/** Text offsets [start, end) of a range in the visible text, trimmed of surrounding spaces. */
export function offsetsOfRange(index: VisibleText, range: Range): { start: number; end: number } {
  let start = offsetOfPoint(index, range.startContainer, range.startOffset);
  let end = Math.max(start, offsetOfPoint(index, range.endContainer, range.endOffset));
  while (start < end && index.text.charCodeAt(start) === 32) start++;
  while (end > start && index.text.charCodeAt(end - 1) === 32) end--;
  return { start, end };
}

export function quoteSelector(index: VisibleText, start: number, end: number): TextQuoteSelector {
  const { text } = index;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Selectors written by other tools keep the page's raw whitespace (Hypothesis uses `textContent`);
 * fold it like our page text so that both sides compare alike. Whitespace at the far ends of the
 * context stays: " 1: " before a quote is not the end of "11: ".
 */
export function normalizeQuote(selector: TextQuoteSelector): { exact: string; prefix: string; suffix: string } {
  const rawExact = selector.exact.replace(/\s+/g, ' ');
  const exact = rawExact.trim();
  let prefix = (selector.prefix ?? '').replace(/\s+/g, ' ');
  let suffix = (selector.suffix ?? '').replace(/\s+/g, ' ');
  // Whitespace trimmed off the quote belongs to its context.
  if (rawExact.startsWith(' ') && !prefix.endsWith(' ')) prefix += ' ';
  if (rawExact.endsWith(' ') && !suffix.startsWith(' ')) suffix = ' ' + suffix;
  return { exact, prefix, suffix };
}

export interface TextHit {
  match: QuoteMatch;
  range: Range;
}

/**
 * Finds one quote in a page, asked with the stored position hint, and again with a corrected one
 * (`stored` false) if need be.
 */
export type QuoteFinder = (hint: number | undefined, stored?: boolean) => TextHit | null;

/**
 * Prepare the search for a quote in the page text; the options can restrict where it may be (in a
 * heading, say) and where it is known to be (see MatchQuoteOptions). The hint is where the quote is
 * expected: a TextPositionSelector's start, maybe corrected by how far the page has shifted.
 */
export function findQuote(page: PageIndex, quote: TextQuoteSelector, options: Pick<MatchQuoteOptions, 'accept' | 'acceptWindow' | 'home' | 'scopes'> = {}): QuoteFinder {
  const { exact, prefix, suffix } = normalizeQuote(quote);
  const index = page.text;
  // Where only places in the right kind of element are accepted, being the only one is telling.
  const search = new QuoteSearch(index.text, { exact, prefix, suffix }, { ...options, index: () => page.occurrences, uniqueSuffices: options.accept !== undefined });
  return (hint, stored = true) => {
    const match = search.match(hint, stored);
    const range = match && rangeFromOffsets(index, match.start, match.end);
    return match && range ? { match, range } : null;
  };
}
