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

/**
 * How well `expected` fits the start of `actual`, where `actual` may run on past the end of the match
 * (free end gap). Used for quote context: text inserted right next to a quote shifts its suffix, and
 * comparing fixed-length windows would count that shift twice.
 * Returns a score in 0..1 (1 - errors / expected.length).
 */
export function leadingSimilarity(expected: string, actual: string): number {
  const m = expected.length;
  if (m === 0) return 1;
  if (actual.startsWith(expected)) return 1;
  const n = actual.length;
  // Row i holds the distance between expected[0..i) and actual[0..j); the answer is the row minimum.
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const ce = expected.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ce === actual.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (previous[j]! < best) best = previous[j]!;
  return 1 - best / m;
}

/** Mirror of `leadingSimilarity` for text that ends where the match ends (a quote's prefix). */
export function trailingSimilarity(expected: string, actual: string): number {
  if (actual.endsWith(expected)) return 1;
  return leadingSimilarity(reverse(expected), reverse(actual));
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** A best approximate occurrence of a pattern inside a window of text. */
export interface WindowMatch {
  /** Start offset of the match in the window. */
  start: number;
  /** Offset after the last matched character in the window. */
  end: number;
  errors: number;
}

/**
 * Best approximate occurrence of `pattern` anywhere in `window` (Sellers' semi-global alignment),
 * or null when it needs more than `maxErrors` edits. Windows are small (a quote plus slack), so the
 * plain O(m·n) table is fast enough and lets us trace the start back exactly.
 */
export function bestMatchInWindow(pattern: string, window: string, maxErrors: number): WindowMatch | null {
  const m = pattern.length;
  const n = window.length;
  if (m === 0) return null;
  const width = n + 1;
  const table = new Int32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) table[i * width] = i;
  for (let i = 1; i <= m; i++) {
    const cp = pattern.charCodeAt(i - 1);
    const row = i * width;
    const above = row - width;
    for (let j = 1; j <= n; j++) {
      const cost = cp === window.charCodeAt(j - 1) ? 0 : 1;
      table[row + j] = Math.min(table[above + j]! + 1, table[row + j - 1]! + 1, table[above + j - 1]! + cost);
    }
  }
  let bestEnd = -1;
  let bestErrors = maxErrors + 1;
  const last = m * width;
  for (let j = 0; j <= n; j++) {
    if (table[last + j]! < bestErrors) {
      bestErrors = table[last + j]!;
      bestEnd = j;
    }
  }
  if (bestEnd < 0) return null;
  // Trace back to the start, preferring diagonal moves so the match keeps its natural extent.
  let i = m;
  let j = bestEnd;
  while (i > 0 && j > 0) {
    const here = table[i * width + j]!;
    const cost = pattern.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1;
    if (here === table[(i - 1) * width + j - 1]! + cost) {
      i--;
      j--;
    } else if (here === table[(i - 1) * width + j]! + 1) {
      i--;
    } else {
      j--;
    }
  }
  return { start: j, end: bestEnd, errors: bestErrors };
}
