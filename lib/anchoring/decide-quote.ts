/**
 * The decision after the search: which of the places that read like a quote is the one it was taken
 * from, or none. Position decides only between places whose wording fits equally well, and a copy far
 * away never wins against a nearly as good place where the quote used to be.
 */

export interface QuoteMatch {
  /** Start offset of the match in the text. */
  start: number;
  /** Offset after the last matched character. */
  end: number;
  /** Edits between the quote and the matched text. */
  errors: number;
  /** 0..1: how sure we are that this is the place the quote was taken from. */
  confidence: number;
  /** True when an equally good place exists and only the position hint decided. */
  positional: boolean;
}

/** A place in the text that reads like the quote, with how well it fits. */
export interface QuoteCandidate {
  start: number;
  end: number;
  errors: number;
  /** 0..1 */
  quote: number;
  /** Prefix and suffix fit, 0..1, or undefined when the query has no context. */
  context?: number;
  /** Whether `context` has been compared yet. */
  scored: boolean;
  /** Quote and context together, 0..1: what a reader would compare. */
  content: number;
}

/** What the decision needs to know about the query. */
export interface QuoteFacts {
  /** Expected start offset, from a stored position; only a hint. */
  hint?: number;
  quoteLength: number;
  /** A single fitting place suffices even when its surroundings changed (see MatchQuoteOptions). */
  uniqueSuffices: boolean;
}

/** Places whose content scores differ by less than this fit "equally well". A typo or an inserted word
 * at the true place costs less than this; a different context costs more. */
export const SAME_FIT = 0.1;
/** How much worse than the best place a place at the expected position may read and still contest it. */
const CONTESTED_FIT = 0.3;
/** Quotes at least this long are distinctive enough to be trusted without matching context. */
const DISTINCTIVE_LENGTH = 24;

/** How far from the hint a place may be and still be chosen by position. */
export function positionTolerance(length: number): number {
  return Math.max(256, 4 * length);
}

/** The place clearly nearest the hint among those fitting at least `minContent`, if any. */
function byPosition(places: QuoteCandidate[], minContent: number, { hint, quoteLength }: QuoteFacts): QuoteCandidate | undefined {
  if (hint === undefined) return undefined;
  const rivals = places.filter((p) => p.content >= minContent).sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  const nearest = Math.abs(rivals[0]!.start - hint);
  const second = rivals.length > 1 ? Math.abs(rivals[1]!.start - hint) : Number.POSITIVE_INFINITY;
  return nearest <= positionTolerance(quoteLength) && nearest * 2 < second ? rivals[0] : undefined;
}

/** True when `chosen` is far from the hint and a nearly as good place lies at the hint. */
function contested(places: QuoteCandidate[], chosen: QuoteCandidate, { hint, quoteLength }: QuoteFacts): boolean {
  if (hint === undefined) return false;
  const tolerance = positionTolerance(quoteLength);
  if (Math.abs(chosen.start - hint) <= tolerance) return false;
  return places.some((place) => place !== chosen && place.content >= chosen.content - CONTESTED_FIT && Math.abs(place.start - hint) <= tolerance);
}

/**
 * Pick the answer among the candidate places, or none. A wrong place is worse than no place: the
 * suggestion is then shown as "page changed" instead of pointing at a neighbour.
 */
export function decideQuote(candidates: readonly QuoteCandidate[], facts: QuoteFacts): QuoteMatch | null {
  const { quoteLength, uniqueSuffices } = facts;
  // One candidate per place: the best-fitting alignment of overlapping ones.
  const places: QuoteCandidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.content - a.content)) {
    if (!places.some((p) => candidate.start < p.end && p.start < candidate.end)) places.push(candidate);
  }
  if (places.length === 0) return null;
  const top = places[0]!;
  let chosen: QuoteCandidate | undefined = top;
  let positional = false;
  if (places.filter((p) => p.content >= top.content - SAME_FIT).length > 1) {
    // Places that read alike: only the position can tell them apart, and only if it clearly does.
    // If it cannot, look a little wider: an edited quote at the expected place reads a little less
    // like the stored one than its intact copies elsewhere.
    chosen = byPosition(places, top.content - SAME_FIT, facts) ?? byPosition(places, top.content - 2 * SAME_FIT, facts);
    if (!chosen) return null;
    positional = true;
  }

  // A copy elsewhere reads best, yet something close to it sits where the quote used to be: the
  // true place may have been edited while its copy stayed intact. Too close to call, so say so.
  if (!positional && contested(places, chosen, facts)) return null;

  const exactCopies = places.filter((c) => c.errors === 0).length;
  if (chosen !== top && chosen.content < top.content - SAME_FIT) positional = true;
  const alone = chosen.errors === 0 ? exactCopies === 1 : exactCopies === 0;
  const context = chosen.context;
  let confidence: number;
  if (context === undefined) {
    // Nothing but the quote (and maybe a position) to go by.
    if (!(quoteLength >= DISTINCTIVE_LENGTH || chosen.errors === 0) || !(alone || positional)) return null;
    confidence = chosen.quote * (alone ? 0.9 : 0.6);
  } else if (context >= 0.6 || (chosen.errors === 0 && context >= 0.5)) {
    confidence = chosen.quote * (0.55 + 0.45 * context);
  } else if ((quoteLength >= DISTINCTIVE_LENGTH || uniqueSuffices) && chosen.quote >= 0.85 && alone && !positional) {
    // A long sentence whose surroundings changed (its section moved): still the same sentence.
    confidence = chosen.quote * 0.5;
  } else {
    return null;
  }
  if (positional) confidence *= 0.85;
  return { start: chosen.start, end: chosen.end, errors: chosen.errors, confidence: Math.round(confidence * 1000) / 1000, positional };
}
