import type { Language, RedactionKind } from '../model';

/** One piece of personal data found in a text. Offsets are UTF-16 code units into the input, `end` exclusive. */
export interface Finding {
  kind: RedactionKind;
  start: number;
  end: number;
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

/** Finds candidates in a scan text (see `scan-text.ts`): same length and offsets as the input. */
export type Detector = (scan: string) => Candidate[];

export interface RedactOptions {
  /** Language of the text; the placeholders are written in it. Default 'de'. */
  language?: Language;
}

export interface RedactResult {
  /** The input with every finding replaced by a readable placeholder. */
  text: string;
  /** Where each finding stood in the input, in order, never overlapping. */
  findings: Finding[];
}
