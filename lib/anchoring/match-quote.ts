/**
 * Find a quote in a plain string, exactly or approximately, scored by the quote itself, its prefix and
 * suffix, and an expected position: the approach of Hypothesis' `match-quote.ts`, with two changes
 * that matter on forms, where the same sentence appears many times:
 * - an exact copy of the quote elsewhere does not win by itself; unless its context fits, the
 *   approximate match at the true place is looked for and compared with it;
 * - when nothing fits well enough, or two places fit equally well, the answer is "not found".
 * Everything works on the page text extracted once per batch, never on the DOM.
 */
import { bestMatchInWindow, leadingSimilarity, trailingSimilarity } from './edit-distance';

export interface QuoteQuery {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Expected start offset in the text (e.g. from a TextPositionSelector). Only a hint: pages change. */
  hint?: number;
}

export interface QuoteMatch {
  /** Start offset of the match in the text. */
  start: number;
  /** Offset after the last matched character. */
  end: number;
  /** Edits between the quote and the matched text. */
  errors: number;
  /** 0..1: how sure we are that this is the place the quote was taken from. */
  confidence: number;
}

export interface MatchQuoteOptions {
  /** Rejects candidate places before scoring, e.g. those not inside the expected kind of element. */
  accept?: (start: number, end: number) => boolean;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  /** 0..1 */
  quote: number;
  /** Prefix and suffix fit, 0..1, or undefined when the query has no context. */
  context?: number;
  /** 0..1, or undefined without a hint. */
  position?: number;
  rank: number;
}

// Weights as in Hypothesis: the quote counts most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 4;

/** Quotes at least this long are distinctive enough to be trusted without matching context. */
const DISTINCTIVE_LENGTH = 24;
/** At most this many exact occurrences are scored; a quote repeated more often is told apart by context. */
const MAX_OCCURRENCES = 5000;
/** A seed occurring more often than this tells nothing about where the quote is. */
const MAX_SEED_OCCURRENCES = 40;

/** Edits allowed between the stored quote and the page: a typo in a short quote, a word in a long one. */
export function errorBudget(length: number): number {
  if (length < 5) return 0;
  return Math.min(64, Math.floor(length / 4));
}

export function matchQuote(text: string, query: QuoteQuery, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const exact = query.exact;
  if (exact.length === 0 || text.length === 0) return null;
  const scorer = new Scorer(text, query, options.accept);

  // Fast path: walk exact occurrences outward from the hint; the first one whose whole context is
  // unchanged is the answer. On an unchanged page this costs one or two string searches.
  if (query.hint !== undefined) {
    const hit = scorer.exactWithIntactContext();
    if (hit) return { start: hit, end: hit + exact.length, errors: 0, confidence: 1 };
  }

  const candidates: Candidate[] = [];
  for (const start of occurrences(text, exact, 0, text.length, MAX_OCCURRENCES)) {
    const candidate = scorer.candidate(start, start + exact.length, 0);
    if (candidate) candidates.push(candidate);
  }
  // Scoring context is the costly part: only the most promising exact copies get the full comparison.
  scorer.scoreContext(candidates, 8);
  const bestExact = best(candidates);
  const contextIsIntact = bestExact && (bestExact.context === undefined ? candidates.length === 1 : bestExact.context >= 0.95);
  if (!contextIsIntact) {
    for (const candidate of scorer.approximate()) {
      if (!candidates.some((other) => other.start === candidate.start && other.end === candidate.end)) candidates.push(candidate);
    }
  }
  return decide(candidates, exact.length);
}

/** Exact occurrences of `needle` starting in [from, to), at most `limit` of them. */
function* occurrences(text: string, needle: string, from: number, to: number, limit: number): Generator<number> {
  let count = 0;
  for (let at = text.indexOf(needle, Math.max(0, from)); at >= 0 && at < to && count < limit; at = text.indexOf(needle, at + 1)) {
    count++;
    yield at;
  }
}

function best(candidates: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const candidate of candidates) if (!top || candidate.rank > top.rank) top = candidate;
  return top;
}

/**
 * Pick the answer, or none. A wrong place is worse than no place: the suggestion is then shown as
 * "page changed" instead of pointing at a neighbour.
 */
function decide(candidates: Candidate[], quoteLength: number): QuoteMatch | null {
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.rank - a.rank);
  const top = candidates[0]!;
  const runnerUp = candidates.find((c) => c.end <= top.start || c.start >= top.end);
  // Two different places that fit equally well: guessing would be wrong half of the time.
  if (runnerUp && top.rank - runnerUp.rank < 0.005) return null;

  const exactCopies = candidates.filter((c) => c.errors === 0).length;
  const context = top.context;
  let confidence: number;
  if (context === undefined) {
    // Nothing but the quote (and maybe a position) to go by.
    const distinctive = quoteLength >= DISTINCTIVE_LENGTH || top.errors === 0;
    const alone = top.errors === 0 ? exactCopies === 1 : exactCopies === 0;
    if (!distinctive || !(alone || (top.position ?? 0) > 0.9)) return null;
    confidence = top.quote * (alone ? 0.9 : 0.6);
  } else if (context >= 0.6 || (top.errors === 0 && context >= 0.5)) {
    confidence = top.quote * (0.55 + 0.45 * context);
  } else if (quoteLength >= DISTINCTIVE_LENGTH && top.quote >= 0.85 && (top.errors === 0 ? exactCopies === 1 : exactCopies === 0)) {
    // A long sentence whose surroundings changed (its section moved): still the same sentence.
    confidence = top.quote * 0.5;
  } else {
    return null;
  }
  return { start: top.start, end: top.end, errors: top.errors, confidence: round(confidence) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

class Scorer {
  private readonly exact: string;
  private readonly prefix: string;
  private readonly suffix: string;
  private readonly maxErrors: number;
  /** How far a position may be from the hint and still count a little. */
  private readonly positionScale: number;

  constructor(
    private readonly text: string,
    private readonly query: QuoteQuery,
    private readonly accept?: (start: number, end: number) => boolean,
  ) {
    this.exact = query.exact;
    this.prefix = query.prefix ?? '';
    this.suffix = query.suffix ?? '';
    this.maxErrors = errorBudget(this.exact.length);
    this.positionScale = Math.max(2000, text.length / 10);
  }

  private get hasContext(): boolean {
    return this.prefix.length > 0 || this.suffix.length > 0;
  }

  /** An exact occurrence whose prefix and suffix are unchanged, searched outward from the hint. */
  exactWithIntactContext(): number | undefined {
    const { text, exact, prefix, suffix } = this;
    if (!this.hasContext) return undefined;
    const hint = Math.min(Math.max(0, this.query.hint ?? 0), text.length);
    const intact = (at: number) =>
      at >= 0 &&
      (prefix.length === 0 || text.endsWith(prefix, at) || (at < prefix.length && prefix.endsWith(text.slice(0, at)))) &&
      (suffix.length === 0 || text.startsWith(suffix, at + exact.length) ||
        (at + exact.length + suffix.length > text.length && suffix.startsWith(text.slice(at + exact.length)))) &&
      (!this.accept || this.accept(at, at + exact.length));
    let forward = text.indexOf(exact, hint);
    let backward = hint > 0 ? text.lastIndexOf(exact, hint - 1) : -1;
    // Only the nearest few copies: further away, the full scoring below decides.
    for (let step = 0; step < 16 && (forward >= 0 || backward >= 0); step++) {
      const takeForward = forward >= 0 && (backward < 0 || forward - hint <= hint - backward);
      const at = takeForward ? forward : backward;
      if (intact(at)) return at;
      if (takeForward) forward = text.indexOf(exact, forward + 1);
      else backward = backward > 0 ? text.lastIndexOf(exact, backward - 1) : -1;
    }
    return undefined;
  }

  candidate(start: number, end: number, errors: number): Candidate | null {
    if (this.accept && !this.accept(start, end)) return null;
    const hint = this.query.hint;
    const candidate: Candidate = {
      start,
      end,
      errors,
      quote: 1 - errors / this.exact.length,
      position: hint === undefined ? undefined : Math.max(0, 1 - Math.abs(start - hint) / this.positionScale),
      rank: 0,
    };
    // Until context is scored, rank by the cheap signals: adjacent context that is exactly equal.
    candidate.context = this.hasContext ? this.cheapContext(start, end) : undefined;
    candidate.rank = this.rank(candidate);
    return candidate;
  }

  /** Share of the context that is equal right next to the candidate (stops at the first difference). */
  private cheapContext(start: number, end: number): number {
    const { text, prefix, suffix } = this;
    let same = 0;
    for (let i = 1; i <= prefix.length && start - i >= 0 && text.charCodeAt(start - i) === prefix.charCodeAt(prefix.length - i); i++) same++;
    for (let i = 0; i < suffix.length && end + i < text.length && text.charCodeAt(end + i) === suffix.charCodeAt(i); i++) same++;
    return same / (prefix.length + suffix.length);
  }

  /** Full context comparison for the `limit` best-ranked candidates (the rest keep their cheap score). */
  scoreContext(candidates: Candidate[], limit: number): void {
    if (!this.hasContext) return;
    candidates.sort((a, b) => b.rank - a.rank);
    for (const candidate of candidates.slice(0, limit)) {
      candidate.context = this.fullContext(candidate.start, candidate.end);
      candidate.rank = this.rank(candidate);
    }
  }

  private fullContext(start: number, end: number): number {
    const { text, prefix, suffix } = this;
    // Slack lets inserted words next to the quote shift the context without being counted twice.
    let total = 0;
    let weight = 0;
    if (prefix.length > 0) {
      const slack = Math.ceil(prefix.length / 2);
      total += PREFIX_WEIGHT * trailingSimilarity(prefix, text.slice(Math.max(0, start - prefix.length - slack), start));
      weight += PREFIX_WEIGHT;
    }
    if (suffix.length > 0) {
      const slack = Math.ceil(suffix.length / 2);
      total += SUFFIX_WEIGHT * leadingSimilarity(suffix, text.slice(end, end + suffix.length + slack));
      weight += SUFFIX_WEIGHT;
    }
    return total / weight;
  }

  private rank(candidate: Candidate): number {
    let total = QUOTE_WEIGHT * candidate.quote;
    let weight = QUOTE_WEIGHT;
    if (candidate.context !== undefined) {
      total += (PREFIX_WEIGHT + SUFFIX_WEIGHT) * candidate.context;
      weight += PREFIX_WEIGHT + SUFFIX_WEIGHT;
    }
    if (candidate.position !== undefined) {
      total += POSITION_WEIGHT * candidate.position;
      weight += POSITION_WEIGHT;
    }
    return total / weight;
  }

  /**
   * Approximate matches. Instead of scanning the whole text with a bit-parallel matcher (what makes
   * Hypothesis slow on long pages), we look where something still matches exactly: pieces of the
   * quote (with e errors, one of e+1 pieces is intact), the end of the prefix, the start of the
   * suffix, and the hint. Each seed opens a small window that is aligned with the quote.
   */
  approximate(): Candidate[] {
    const { text, exact, prefix, suffix, maxErrors } = this;
    if (maxErrors === 0) return [];
    const seeds: Array<{ needle: string; offset: number }> = [];
    const pieceCount = Math.min(maxErrors + 1, 8);
    const pieceLength = Math.min(32, Math.max(6, Math.floor(exact.length / pieceCount)));
    for (let at = 0; at + pieceLength <= exact.length && seeds.length < pieceCount; at += Math.max(pieceLength, Math.floor(exact.length / pieceCount))) {
      seeds.push({ needle: exact.slice(at, at + pieceLength), offset: -at });
    }
    if (prefix.length >= 6) {
      const tail = prefix.slice(-12);
      seeds.push({ needle: tail, offset: tail.length });
    }
    if (suffix.length >= 6) seeds.push({ needle: suffix.slice(0, 12), offset: -exact.length });

    const starts = new Set<number>();
    const hint = this.query.hint;
    if (hint !== undefined && hint <= text.length) starts.add(hint);
    // Near the hint first; the whole text only when that finds nothing convincing.
    const near = hint === undefined ? undefined : Math.max(8192, Math.floor(text.length / 50));
    const scopes: Array<[number, number]> = near === undefined || hint === undefined ? [[0, text.length]] : [[hint - near, hint + near], [0, text.length]];
    const found: Candidate[] = [];
    for (const [from, to] of scopes) {
      for (const seed of seeds) {
        const hits = [...occurrences(text, seed.needle, from, to, MAX_SEED_OCCURRENCES + 1)];
        if (hits.length > MAX_SEED_OCCURRENCES) continue;
        for (const hit of hits) starts.add(hit + seed.offset);
      }
      this.verify(starts, found);
      starts.clear();
      this.scoreContext(found, found.length);
      if (found.some((c) => (c.context ?? 1) >= 0.8)) break;
    }
    return found;
  }

  /** Align the quote in a small window around each expected start; keep matches within budget. */
  private verify(starts: Set<number>, found: Candidate[]): void {
    const { text, exact, maxErrors } = this;
    const pad = maxErrors + 8;
    const seen = new Set(found.map((c) => c.start));
    const windows = [...starts].sort((a, b) => a - b);
    // Seeds of one place point at nearly the same start; a window already tolerates that shift.
    let lastExpected = Number.NEGATIVE_INFINITY;
    for (const expected of windows) {
      if (expected - lastExpected <= pad / 2) continue;
      lastExpected = expected;
      const from = Math.max(0, expected - pad);
      const to = Math.min(text.length, expected + exact.length + pad);
      if (to - from < exact.length - maxErrors) continue;
      const match = bestMatchInWindow(exact, text.slice(from, to), maxErrors);
      if (!match) continue;
      const start = from + match.start;
      if (seen.has(start)) continue;
      seen.add(start);
      const candidate = this.candidate(start, from + match.end, match.errors);
      if (candidate) found.push(candidate);
    }
  }
}
