/**
 * The baseline for the anchoring benchmark: text anchoring as the Hypothesis client does it
 * (src/annotator/anchoring/match-quote.ts and types.ts, BSD-2-Clause, re-typed here from the
 * published algorithm): the page text is `root.textContent`, read again for every target; exact
 * copies of the quote are accepted first, otherwise approx-string-match searches the whole text
 * with up to length/2 errors; candidates are scored by quote, prefix, suffix and position.
 * Only the benchmark uses it (approx-string-match is a dev dependency).
 */
import search from 'approx-string-match';

interface Match {
  start: number;
  end: number;
  errors: number;
}

export interface HypothesisQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector.start, in textContent offsets. */
  start: number;
}

/** Hypothesis: "Do a fast search for exact matches. The approx-string-match library doesn't currently incorporate this optimization itself." */
function find(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) exact.push({ start: at, end: at + str.length, errors: 0 });
  if (exact.length > 0) return exact;
  return search(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = find(text, str, str.length);
  return 1 - matches[0]!.errors / str.length;
}

export function hypothesisMatchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number }): Match | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = find(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const score = (match: Match) => {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1;
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(match.start - context.hint) / text.length : 1;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  };
  let best = matches[0]!;
  let bestScore = score(best);
  for (const match of matches.slice(1)) {
    const value = score(match);
    if (value > bestScore) {
      best = match;
      bestScore = value;
    }
  }
  return best;
}

/** Text nodes under root with their start offsets in root.textContent. */
function textNodes(root: Element): { nodes: Text[]; starts: number[] } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(length);
    length += (node as Text).data.length;
  }
  return { nodes, starts };
}

function point(nodes: Text[], starts: number[], offset: number, end: boolean): [Text, number] {
  let index = nodes.length - 1;
  for (let i = 0; i < nodes.length; i++) {
    if (starts[i]! + nodes[i]!.data.length > offset || (end && starts[i]! + nodes[i]!.data.length === offset)) {
      index = i;
      break;
    }
  }
  return [nodes[index]!, offset - starts[index]!];
}

/** Hypothesis' TextQuoteAnchor.toRange: textContent once per target, then offsets back to a range. */
export function hypothesisAnchor(root: Element, quote: HypothesisQuote): Range | null {
  const text = root.textContent ?? '';
  const match = hypothesisMatchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: quote.start });
  if (!match) return null;
  const { nodes, starts } = textNodes(root);
  const range = root.ownerDocument.createRange();
  range.setStart(...point(nodes, starts, match.start, false));
  range.setEnd(...point(nodes, starts, match.end, true));
  return range;
}

/**
 * Hypothesis' TextQuoteAnchor.fromRange / TextPositionAnchor.fromRange, 32 characters of context.
 * `text` is root.textContent, passed in so that describing 1,000 targets does not read it 1,000 times.
 */
export function hypothesisDescribe(root: Element, range: Range, text = root.textContent ?? ''): HypothesisQuote {
  const { nodes, starts } = textNodes(root);
  const offset = (node: Node, at: number) => {
    const index = nodes.indexOf(node as Text);
    if (index < 0) throw new Error('Bereich muss in Textknoten beginnen und enden');
    return starts[index]! + at;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start };
}
