import type { Language, RedactionKind } from '../model';

/** A stretch of a text: offsets in UTF-16 code units, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One piece of personal data found in a text. Offsets are UTF-16 code units into the input, `end` exclusive. */
export interface Finding extends Span {
  kind: RedactionKind;
}

/**
 * How sure a detector is. When candidates overlap, the span removed is their union (nothing may leak),
 * and the kind reported is that of the surest candidate.
 */
export const Confidence = {
  /** The shape fits but nothing confirms it (failed check digit, no label). */
  Shape: 1,
  /** A check digit or an unmistakable shape confirms it. */
  Confirmed: 2,
  /**
   * A label in front says what it is ("Kundennummer: …", "Passnummer …"). The writer's own word beats
   * a check digit that fits by chance (one number in ten passes a mod-10 check).
   */
  Labelled: 3,
} as const;
export type Confidence = (typeof Confidence)[keyof typeof Confidence];

export interface Candidate extends Finding {
  confidence: Confidence;
}

/** What a detector may know besides the text. */
export interface DetectContext {
  /** The language the person wrote in (texts mix: German words in a Ukrainian text). */
  language: Language;
  /**
   * The text is written without case (all lower case or all capitals) and `scan` is a view with every
   * word capitalised: a capital then says nothing, and a weak cue needs a known name.
   */
  caseless: boolean;
}

/** Finds candidates in a view of the text (see `normalise.ts`): same length and offsets as the input. */
export type Detector = (scan: string, context: DetectContext) => Candidate[];

export interface RedactOptions {
  /** Language of the text; the placeholders are written in it. Default 'de'. */
  language?: Language;
}

export interface RedactResult {
  /** The input with every finding replaced by a readable placeholder. */
  text: string;
  /**
   * Where each finding stood in the input, in order, never overlapping. A placeholder already in the
   * input (from an earlier pass or `redactSpan`) is a finding of its kind too, so counts survive editing.
   */
  findings: Finding[];
}
