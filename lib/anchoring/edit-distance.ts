/**
 * Edit distances on short strings: the measuring stick for "a person would still recognise it".
 * Everything here works on plain strings, so it is cheap to test and reuse.
 */

/**
 * Levenshtein distance between `a` and `b`, giving up once it exceeds `max` (returns `max + 1`).
 * The bound keeps scoring cheap when most candidates are clearly different.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for equal strings, 0 for entirely different ones; relative to the longer string. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - editDistance(a, b) / longest;
}

let buffer = new Int32Array(16384);

/** A reusable table: alignments run thousands of times per batch and need no fresh memory each. */
function scratch(size: number): Int32Array {
  if (buffer.length < size) buffer = new Int32Array(Math.max(size, buffer.length * 2));
  return buffer;
}

/** What losing the first or last character of a quote costs, in edits (see alignInWindow). */
const QUOTE_END_WEIGHT = 4;

/** The best alignment of a quote inside a window of text. */
export interface WindowMatch {
  /** Start offset of the quote in the window. */
  start: number;
  /** Offset after the quote's last character in the window. */
  end: number;
  /** Edits inside the quote (edits in the context around it are not counted). */
  errors: number;
}

/**
 * Best approximate occurrence of `quote` in `window`, aligned together with the end of its prefix
 * (`before`) and the start of its suffix (`after`): Sellers' semi-global alignment of
 * before + quote + after, traced back to find where the quote itself starts and ends. Aligning the
 * context too keeps the quote's extent right when words were inserted in it ("schätzen Sie bitte."
 * must not end at the inserted "bitte"), and words inserted next to it count against the context.
 * Losing or replacing the quote's first or last character costs as much as four edits: a selection
 * starts and ends where the person put it, so an alignment that drops a full stop to save an edit
 * ("schätzen bitte Sie bitte." read as "schätzen bitte") loses. The count returned is still of plain
 * edits. Windows are small (a quote plus slack), so the plain O(m·n) table is fast
 * enough. Returns null when the quote needs more than `maxErrors` edits.
 */
export function alignInWindow(before: string, quote: string, after: string, window: string, maxErrors: number): WindowMatch | null {
  const pattern = before + quote + after;
  const m = pattern.length;
  const n = window.length;
  if (quote.length === 0) return null;
  const quoteFrom = before.length;
  const quoteTo = before.length + quote.length;
  /** Cost of losing (or replacing) the i-th pattern character, 1-based. */
  const weight = (i: number) => (i - 1 === quoteFrom || i === quoteTo ? QUOTE_END_WEIGHT : 1);
  const width = n + 1;
  const table = scratch((m + 1) * width);
  const codes = new Uint16Array(n);
  for (let j = 0; j < n; j++) codes[j] = window.charCodeAt(j);
  for (let j = 0; j <= n; j++) table[j] = 0;
  for (let i = 1; i <= m; i++) {
    const cp = pattern.charCodeAt(i - 1);
    const cost = weight(i);
    const row = i * width;
    const above = row - width;
    let left = table[above]! + cost;
    table[row] = left;
    for (let j = 1; j <= n; j++) {
      const diagonal = table[above + j - 1]! + (cp === codes[j - 1] ? 0 : cost);
      const up = table[above + j]! + cost;
      const value = diagonal < up ? (diagonal <= left ? diagonal : left + 1) : up <= left ? up : left + 1;
      table[row + j] = value;
      left = value;
    }
  }
  let bestEnd = 0;
  const last = m * width;
  for (let j = 1; j <= n; j++) if (table[last + j]! < table[last + bestEnd]!) bestEnd = j;

  // Trace back, preferring diagonal moves, noting where the quote's rows are entered and left.
  let i = m;
  let j = bestEnd;
  let start = -1;
  let end = bestEnd;
  let errors = 0;
  while (i > 0) {
    const here = table[i * width + j]!;
    const inQuote = i - 1 >= quoteFrom && i - 1 < quoteTo;
    const cost = weight(i);
    if (j > 0 && here === table[(i - 1) * width + j - 1]! + (pattern.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : cost)) {
      if (inQuote && here !== table[(i - 1) * width + j - 1]!) errors++;
      i--;
      j--;
    } else if (here === table[(i - 1) * width + j]! + cost) {
      if (inQuote) errors++;
      i--;
    } else {
      // Text inserted: inside the quote only strictly between its first and last character.
      if (i > quoteFrom && i < quoteTo) errors++;
      j--;
    }
    // The quote ends where the trace leaves its last row, and starts where it reaches its first.
    if (i === quoteTo) end = j;
    if (i === quoteFrom && start < 0) start = j;
  }
  if (start < 0) start = 0;
  if (end < start || errors > maxErrors) return null;
  return { start, end, errors };
}

/** Longest context compared bit-parallel: one 32-bit word per text character. */
export const CONTEXT_BITS = 32;

/**
 * A pattern of up to 32 characters for Myers' bit-parallel edit distance (as in Hyyrö 2001): about ten
 * integer operations per text character instead of a row of the dynamic-programming table, which
 * matters when a repeated sentence has hundreds of copies to compare.
 */
export class BitPattern {
  /** Bit masks by character code: a table for Latin letters (with umlauts), a map for the rest. */
  private readonly latin = new Int32Array(0x250);
  private readonly other = new Map<number, number>();
  readonly length: number;

  /** `reversed`: bit i stands for the i-th character from the end, for reading text backward. */
  constructor(pattern: string, private readonly reversed = false) {
    const bits = reversed ? pattern.slice(-CONTEXT_BITS) : pattern.slice(0, CONTEXT_BITS);
    this.length = bits.length;
    for (let i = 0; i < bits.length; i++) {
      const code = bits.charCodeAt(reversed ? bits.length - 1 - i : i);
      if (code < this.latin.length) this.latin[code]! |= 1 << i;
      else this.other.set(code, (this.other.get(code) ?? 0) | (1 << i));
    }
  }

  /**
   * Fewest edits between the pattern and text read from `anchor` (backward for a reversed pattern),
   * over at most `span` characters. `anchored`: the match must start at `anchor` (context next to a
   * quote); otherwise it may start anywhere (searching a window), and ends anywhere in both cases.
   */
  private distance(text: string, anchor: number, span: number, anchored: boolean): number {
    const m = this.length;
    if (m === 0) return 0;
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    let best = m;
    for (let step = 0; step < span; step++) {
      const at = this.reversed ? anchor - 1 - step : anchor + step;
      if (at < 0 || at >= text.length) break;
      const code = text.charCodeAt(at);
      const eq = code < this.latin.length ? this.latin[code]! : (this.other.get(code) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      // Anchored: each text character skipped before the match costs an edit in row 0.
      ph = anchored ? (ph << 1) | 1 : ph << 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) best = score;
    }
    return best;
  }

  /** How well the pattern, as a quote's context, fits the text next to `anchor`: 0..1. */
  contextSimilarity(text: string, anchor: number, span: number): number {
    return this.length === 0 ? 1 : 1 - this.distance(text, anchor, span, true) / this.length;
  }

  /** Fewest edits of the pattern anywhere in text[from, to). */
  searchErrors(text: string, from: number, to: number): number {
    return this.distance(text, from, to - from, false);
  }
}
