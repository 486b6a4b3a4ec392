/**
 * Find a quote in a plain string, exactly or approximately, scored by the quote itself, its prefix and
 * suffix, and an expected position: the approach of Hypothesis' `match-quote.ts`, with changes that
 * matter on forms, where the same sentence appears many times:
 * - an exact copy of the quote elsewhere does not win by itself: near the expected position we also
 *   look for an approximate match, and compare both on quote and context together;
 * - stretches of text the caller knows more about (the field a hint belongs to, the element and
 *   section around a sentence) come before the position: an identical line elsewhere is not the quote;
 * - places that fit (almost) equally well are told apart by position only when one is clearly nearer
 *   to where the quote was; otherwise, and when nothing fits well enough, the answer is "not found".
 * Everything works on the page text extracted once per batch, never on the DOM.
 */
import { alignInWindow, BitPattern, CONTEXT_BITS } from './edit-distance';
import { decideQuote, positionTolerance, SAME_FIT, type QuoteCandidate as Candidate, type QuoteMatch } from './decide-quote';
import { occurrencesIn, type Occurrences } from './ngram-index';

export type { QuoteMatch };

export interface QuoteQuery {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Expected start offset in the text (e.g. from a TextPositionSelector). Only a hint: pages change. */
  hint?: number;
}


/** A stretch of the text [from, to) that what else the selectors say places the quote in. */
export interface QuoteScope {
  from: number;
  to: number;
}

export interface MatchQuoteOptions {
  /** Rejects candidate places before scoring, e.g. those not inside the expected kind of element. */
  accept?: (start: number, end: number) => boolean;
  /**
   * Whether an accepted place may start anywhere in [from, to): rules out a stretch of text before it
   * is aligned, so that look-alikes in the wrong kind of element do not crowd out the right one.
   */
  acceptWindow?: (from: number, to: number) => boolean;
  /** Shared index of the text; built on demand when not given. */
  index?: () => Occurrences;
  /**
   * Where the quote belongs for certain (the field it was in, found by its label): only places in it
   * count, and nothing there means "not found"; there the quote is looked for with a larger error
   * budget, since the stretch already vouches for the place.
   */
  home?: () => QuoteScope | undefined;
  /**
   * Where the quote probably is, most telling first (its element, its section): when places compete,
   * the first stretch holding a nearly as good one decides among them, before the position does.
   * Read only when needed, and only as far as needed.
   */
  scopes?: () => Iterator<QuoteScope>;
  /**
   * A single fitting place is enough even if its surroundings changed, however short the quote: for
   * an element's wording, where `accept` already demands the element, so a moved list item is found.
   */
  uniqueSuffices?: boolean;
}


// Weights as in Hypothesis: the quote counts most, then context. Position is not mixed in: it only
// decides between places whose wording fits equally well (see decide-quote.ts).
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 40;

/** At most this many exact occurrences are considered; a quote repeated more often is told apart by context. */
const MAX_OCCURRENCES = 2000;
/** A seed occurring more often than this tells nothing about where the quote is. */
const MAX_SEED_OCCURRENCES = 40;
/** Characters of context aligned with the quote, to place its ends right. */
const ALIGNED_CONTEXT = 12;
/** Approximate alignments tried per quote, best-supported first. */
const MAX_WINDOWS = 12;

/** Edits allowed between the stored quote and the page: a typo in a short quote, a word in a long one. */
export function errorBudget(length: number): number {
  if (length < 5) return 0;
  return Math.min(64, Math.floor(length / 4));
}

/** Edits allowed inside a scope, which already vouches for the place: an inserted word in a short quote. */
function scopedErrorBudget(length: number): number {
  if (length < 5) return 0;
  return Math.min(64, Math.floor(length / 3));
}

/** Scopes longer than this are not searched through (a whole section); their places still count. */
const MAX_SCOPE_SEARCH = 2000;
/** A place in a probable scope wins over a better-reading one outside only if it reads at most this much worse. */
const SCOPE_FIT = 0.3;

/** Find `query.exact` in `text`; see QuoteSearch. */
export function matchQuote(text: string, query: QuoteQuery, options: MatchQuoteOptions = {}): QuoteMatch | null {
  return new QuoteSearch(text, query, options).match(query.hint);
}

/**
 * The search for one quote in one text, reusable with different position hints: the exact copies and
 * the approximate places already aligned are kept, so that a batch can ask again with a corrected
 * hint for the cost of the decision and a look around the new hint.
 */
export class QuoteSearch {
  private readonly exact: string;
  private readonly prefix: string;
  private readonly suffix: string;
  private hint?: number;
  private readonly maxErrors: number;
  /** How far from an expected start the quote may begin: its error budget and a little more. */
  private readonly slack: number;
  private readonly finder: () => Occurrences;
  private readonly accept?: (start: number, end: number) => boolean;
  private readonly acceptWindow?: (from: number, to: number) => boolean;
  private readonly uniqueSuffices: boolean;
  private readonly homeOf?: () => QuoteScope | undefined;
  private home?: QuoteScope | null;
  private readonly scopesOf?: () => Iterator<QuoteScope>;
  private scopeSource?: Iterator<QuoteScope>;
  /** The scopes read so far, kept for asking again with another hint. */
  private readonly scopes: QuoteScope[] = [];
  private readonly searchedScopes = new Set<QuoteScope>();
  private readonly keys = new Set<number>();
  /** Expected starts already aligned (rounded), so no window is aligned twice. */
  private readonly aligned = new Set<number>();
  private exactDone = false;
  private globalDone = false;
  private readonly candidates: Candidate[] = [];
  private readonly prefixPattern: BitPattern;
  private readonly suffixPattern: BitPattern;
  /** The quote's first 32 characters, to rule out windows before aligning them in full. */
  private readonly quoteHead: BitPattern;
  /** Patterns for the part of the context that still lies inside the text, by side and length. */
  private readonly partialContext = new Map<number, BitPattern>();

  constructor(
    private readonly text: string,
    query: Omit<QuoteQuery, 'hint'>,
    options: MatchQuoteOptions = {},
  ) {
    let index: Occurrences | undefined;
    this.finder = () => (index ??= options.index?.() ?? occurrencesIn(text));
    this.accept = options.accept;
    this.acceptWindow = options.acceptWindow;
    this.uniqueSuffices = options.uniqueSuffices ?? false;
    this.homeOf = options.home;
    this.scopesOf = options.scopes;
    this.exact = query.exact;
    // The context right next to the quote is what tells places apart; more is not compared.
    this.prefix = (query.prefix ?? '').slice(-CONTEXT_BITS);
    this.suffix = (query.suffix ?? '').slice(0, CONTEXT_BITS);
    this.prefixPattern = new BitPattern(this.prefix, true);
    this.suffixPattern = new BitPattern(this.suffix);
    this.quoteHead = new BitPattern(this.exact);
    this.maxErrors = errorBudget(this.exact.length);
    this.slack = this.maxErrors + 8;
  }

  private get hasContext(): boolean {
    return this.prefix.length > 0 || this.suffix.length > 0;
  }

  /**
   * The place of the quote, expected at `hint` (a text offset), or null. `stored`: the hint is the
   * position stored with the quote, not an estimate; only then does an intact copy exactly there
   * settle the question at once.
   */
  match(hint?: number, stored = true): QuoteMatch | null {
    if (this.exact.length === 0 || this.text.length === 0) return null;
    this.hint = hint === undefined ? undefined : Math.min(Math.max(0, hint), this.text.length);
    // Fast path: on an unchanged page the quote is at the hint, with its context intact.
    const intact = stored ? this.intactNearHint() : undefined;
    if (intact !== undefined) return { start: intact, end: intact + this.exact.length, errors: 0, confidence: 1, positional: false };

    if (!this.exactDone) {
      this.exactDone = true;
      for (const start of this.finder().occurrences(this.exact, 0, this.text.length, MAX_OCCURRENCES)) this.add(start, start + this.exact.length, 0);
      this.scoreContext();
    }
    const best = this.best();
    // The approximate search is needed unless a single copy with intact context sits where the quote
    // was: with look-alikes around, the true place may be an edited one among them.
    const settled =
      best !== undefined &&
      (best.context === undefined ? this.candidates.length === 1 : best.context >= 0.95) &&
      !this.candidates.some((c) => c !== best && c.content >= best.content - SAME_FIT) &&
      (this.hint === undefined || Math.abs(best.start - this.hint) <= positionTolerance(this.exact.length));
    if (!settled) this.approximate();
    const places = this.scoped();
    return places && decideQuote(places, { hint: this.hint, quoteLength: this.exact.length, uniqueSuffices: this.uniqueSuffices });
  }

  /**
   * The candidates the decision is among: those at home, if the quote has one (none there: null);
   * else, when places compete, those in the first probable scope that holds a nearly as good one;
   * else all of them.
   */
  private scoped(): Candidate[] | null {
    if (this.home === undefined) this.home = this.homeOf?.() ?? null;
    if (this.home) {
      this.alignWithin(this.home, scopedErrorBudget(this.exact.length));
      const home = this.home;
      const inside = this.candidates.filter((c) => c.start >= home.from && c.end <= home.to);
      return inside.length > 0 ? inside : null;
    }
    if (!this.contested()) return this.candidates;
    for (let i = 0; ; i++) {
      const scope = this.scopeAt(i);
      if (!scope) return this.candidates;
      this.alignWithin(scope, this.maxErrors);
      const best = this.best()?.content ?? 0;
      const inside = this.candidates.filter((c) => c.start >= scope.from && c.end <= scope.to && c.content >= best - SCOPE_FIT);
      if (inside.length > 0) return inside;
    }
  }

  /** Whether more than one place reads like the quote, or the best one is far from where it was. */
  private contested(): boolean {
    const best = this.best();
    if (!best) return true;
    if (this.hint !== undefined && Math.abs(best.start - this.hint) > positionTolerance(this.exact.length)) return true;
    return this.candidates.some((c) => (c.end <= best.start || c.start >= best.end) && c.content >= best.content - SCOPE_FIT);
  }

  private scopeAt(i: number): QuoteScope | undefined {
    if (i < this.scopes.length) return this.scopes[i];
    this.scopeSource ??= this.scopesOf?.();
    const next = this.scopeSource?.next();
    if (!next || next.done) return undefined;
    this.scopes.push(next.value);
    return next.value;
  }

  /** Align the quote anywhere inside a scope (once); not needed when the search already found a place there. */
  private alignWithin(scope: QuoteScope, maxErrors: number): void {
    const { text, exact } = this;
    if (scope.to - scope.from > MAX_SCOPE_SEARCH || this.searchedScopes.has(scope)) return;
    if (this.candidates.some((c) => c.start >= scope.from && c.end <= scope.to)) return;
    this.searchedScopes.add(scope);
    const before = this.prefix.slice(-ALIGNED_CONTEXT);
    const after = this.suffix.slice(0, ALIGNED_CONTEXT);
    const from = Math.max(0, scope.from - before.length);
    const match = alignInWindow(before, exact, after, text.slice(from, Math.min(text.length, scope.to + after.length)), maxErrors);
    if (!match || match.end <= match.start) return;
    this.add(from + match.start, from + match.end, match.errors);
    this.scoreContext();
  }

  /**
   * The quote, with its prefix and suffix unchanged, exactly at the hint: nothing before it moved,
   * nothing around it changed. Anywhere else, even close by, it may be one of many look-alikes
   * (forms repeat whole lines), and only the full comparison below can tell.
   */
  private intactNearHint(): number | undefined {
    const { text, exact, hint } = this;
    if (hint === undefined || !this.hasContext || !text.startsWith(exact, hint)) return undefined;
    // Context that lies wholly past the ends of the text proves nothing (see sideFit).
    const compared = (hint > 0 && this.prefix.length > 0) || (hint + exact.length < text.length && this.suffix.length > 0);
    return compared && this.contextIntact(hint) && (this.accept?.(hint, hint + exact.length) ?? true) ? hint : undefined;
  }

  private contextIntact(start: number): boolean {
    const { text, exact, prefix, suffix } = this;
    const end = start + exact.length;
    const prefixOk = prefix.length === 0 || text.endsWith(prefix, start) || (start < prefix.length && prefix.endsWith(text.slice(0, start)));
    const suffixOk =
      suffix.length === 0 || text.startsWith(suffix, end) || (end + suffix.length > text.length && suffix.startsWith(text.slice(end)));
    return prefixOk && suffixOk;
  }

  private add(start: number, end: number, errors: number): void {
    const key = start * 16384 + Math.min(end - start, 16383);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    if (this.accept && !this.accept(start, end)) return;
    const candidate: Candidate = { start, end, errors, quote: 1 - errors / this.exact.length, scored: false, content: 0 };
    // Context is compared later, for all candidates at once (see scoreContext).
    candidate.content = this.content(candidate);
    this.candidates.push(candidate);
  }

  private content(candidate: Candidate): number {
    if (candidate.context === undefined) return candidate.quote;
    return (QUOTE_WEIGHT * candidate.quote + CONTEXT_WEIGHT * candidate.context) / (QUOTE_WEIGHT + CONTEXT_WEIGHT);
  }

  /**
   * Context comparison for every candidate: a repeated sentence may have hundreds of copies, and any
   * of them may be the one whose surroundings fit (bit-parallel, so this stays cheap).
   * Slack lets words inserted next to the quote shift the context without being counted twice.
   */
  private scoreContext(): void {
    if (!this.hasContext) return;
    for (const candidate of this.candidates) {
      if (candidate.scored) continue;
      const fits = [this.sideFit(candidate.start, true), this.sideFit(candidate.end, false)].filter((fit) => fit !== undefined);
      candidate.context = fits.length === 0 ? undefined : fits.reduce((sum, fit) => sum + fit, 0) / fits.length;
      candidate.scored = true;
      candidate.content = this.content(candidate);
    }
  }

  /**
   * How well the prefix (before `at`) or suffix (after `at`) fits, 0..1, or undefined when there is
   * none to compare. Context that reaches past either end of the text is compared as far as the text
   * goes: what lies beyond (text the page no longer has, or another tool read from hidden parts) is
   * neither for nor against a place, as in the fast path (contextIntact).
   */
  private sideFit(at: number, before: boolean): number | undefined {
    const context = before ? this.prefix : this.suffix;
    const available = before ? at : this.text.length - at;
    if (context.length === 0 || available === 0) return undefined;
    let pattern = before ? this.prefixPattern : this.suffixPattern;
    if (available < context.length) {
      const key = before ? -available : available;
      pattern = this.partialContext.get(key) ?? new BitPattern(before ? context.slice(-available) : context.slice(0, available), before);
      this.partialContext.set(key, pattern);
    }
    return pattern.contextSimilarity(this.text, at, pattern.length + Math.ceil(pattern.length / 2));
  }

  private best(): Candidate | undefined {
    let top: Candidate | undefined;
    for (const candidate of this.candidates) if (!top || candidate.content > top.content) top = candidate;
    return top;
  }

  /**
   * Approximate matches. Instead of scanning the whole text with a bit-parallel matcher (what makes
   * Hypothesis slow on long pages), we look where something still matches exactly: pieces of the
   * quote (with e errors, one of e+1 pieces is intact), the end of the prefix and the start of the
   * suffix, and the hint. Each such seed votes for a start; the best-supported starts are aligned.
   */
  private approximate(): void {
    const { text, exact, prefix, suffix, maxErrors, hint } = this;
    if (maxErrors === 0) return;
    const seeds: Array<{ needle: string; offset: number }> = [];
    const pieceCount = Math.min(maxErrors + 1, 8);
    const step = Math.floor(exact.length / pieceCount);
    const pieceLength = Math.min(32, Math.max(8, step));
    for (let at = 0; at + pieceLength <= exact.length && seeds.length < pieceCount; at += Math.max(step, 1)) {
      seeds.push({ needle: exact.slice(at, at + pieceLength), offset: -at });
    }
    if (prefix.length >= 8) {
      const tail = prefix.slice(-16);
      seeds.push({ needle: tail, offset: tail.length });
    }
    if (suffix.length >= 8) seeds.push({ needle: suffix.slice(0, 16), offset: -exact.length });

    const near = Math.max(8192, Math.floor(text.length / 50));
    const scopes: Array<[number, number]> = hint === undefined ? [] : [[hint - near, hint + near]];
    // The whole text is searched once; asked again with another hint, only its surroundings are new.
    if (!this.globalDone) scopes.push([0, text.length]);
    for (const [from, to] of scopes) {
      if (from === 0 && to === text.length) this.globalDone = true;
      const votes = new Map<number, number>();
      for (const seed of seeds) {
        const hits = this.finder().occurrences(seed.needle, Math.max(0, from), to, MAX_SEED_OCCURRENCES + 1);
        if (hits.length > MAX_SEED_OCCURRENCES) continue;
        for (const hit of hits) {
          // Nearby starts are one place: round so that their votes add up.
          const bucket = Math.round((hit + seed.offset) / 8) * 8;
          votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
        }
      }
      // Places that already hold an exact copy need no alignment; the true place of an edited quote
      // gets fewer votes than its intact copies and must not be crowded out by them, nor by places
      // where no accepted place can start.
      const exactStarts = this.candidates.filter((c) => c.errors === 0).map((c) => c.start);
      const open = [...votes]
        .filter(([expected]) => !exactStarts.some((start) => Math.abs(start - expected) <= 4))
        .filter(([expected]) => !this.acceptWindow || this.acceptWindow(expected - this.slack, expected + this.slack));
      // A single seed (one intact piece of a short quote, or its context) is weak evidence, worth a
      // look only when no place has more.
      const supported = open.some(([, count]) => count >= 2) ? open.filter(([, count]) => count >= 2) : open;
      const ranked = supported
        .sort((a, b) => b[1] - a[1] || (hint === undefined ? 0 : Math.abs(a[0] - hint) - Math.abs(b[0] - hint)))
        .slice(0, MAX_WINDOWS);
      // The hint always gets a look, however many look-alikes are better supported.
      if (hint !== undefined) this.align(hint);
      for (const [expected] of ranked) this.align(expected);
      this.scoreContext();
      const best = this.best();
      if (best && (best.context ?? 1) >= 0.8 && best.quote >= 0.7) break;
    }
  }

  /** Align the quote (with a little of its context) around an expected start; keep it if within budget. */
  private align(expected: number): void {
    const { text, exact, maxErrors } = this;
    const key = Math.round(expected / 4);
    if (this.aligned.has(key)) return;
    this.aligned.add(key);
    const before = this.prefix.slice(-ALIGNED_CONTEXT);
    const after = this.suffix.slice(0, ALIGNED_CONTEXT);
    const from = Math.max(0, expected - this.slack - before.length);
    const to = Math.min(text.length, expected + exact.length + this.slack + after.length);
    if (to - from < exact.length - maxErrors) return;
    // The head of the quote alone already needs more edits than allowed: no need to align.
    if (this.quoteHead.searchErrors(text, from, to) > maxErrors) return;
    const match = alignInWindow(before, exact, after, text.slice(from, to), maxErrors);
    if (match && match.end > match.start) this.add(from + match.start, from + match.end, match.errors);
  }
}
