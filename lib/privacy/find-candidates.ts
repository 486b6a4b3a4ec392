import type { Language } from '../model';
import { isCaseless, scanText, titledView, upperView } from './normalise';
import { ANY_PLACEHOLDER } from './placeholders';
import { Confidence, type Candidate, type Detector, type DetectContext, type Finding } from './types';

/**
 * Surer: higher confidence; then the one that starts first (a phone-like tail inside an IBAN or after a
 * Steuer-ID starts later); then the longer one.
 */
function surer(a: Candidate, b: Candidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.start !== b.start) return a.start < b.start;
  return a.end - a.start > b.end - b.start;
}

/**
 * Drops unconfirmed candidates that begin inside a confirmed one of another kind: the phone-like digits
 * "0044 0532 0130 00 2024" inside "DE89 3704 0044 0532 0130 00 2024" are the IBAN's tail, and without
 * this the year after the IBAN would be removed with it.
 */
function explained(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) =>
      c.confidence !== Confidence.Shape ||
      !candidates.some((sure) => sure.confidence !== Confidence.Shape && sure.kind !== c.kind && sure.start < c.start && c.start < sure.end),
  );
}

/** Which detectors read which view of a text (normalise.ts). */
export interface DetectorsByView {
  /** Read the text as written (look-alikes replaced). */
  all: readonly Detector[];
  /** In a text without case, also read it in capitals: identifiers typed in lower case. */
  inCapitals: readonly Detector[];
  /** In a text without case, also read it with every word capitalised: names, streets, towns. */
  capitalised: readonly Detector[];
}

/** The candidates the detectors find in the views of `text`. */
export function candidatesIn(text: string, language: Language, detectors: DetectorsByView): Candidate[] {
  // Placeholders of an earlier pass are blanked out: "[Geburtsdatum entfernt] seit 2024" must not read
  // as a birth-date label followed by a year. The filler is neither letter, digit nor space.
  const plain = scanText(text);
  const scan = plain.includes('[') ? plain.replace(ANY_PLACEHOLDER, (placeholder) => '\u0001'.repeat(placeholder.length)) : plain;
  const context: DetectContext = { language, caseless: false };
  const found = detectors.all.flatMap((detector) => detector(scan, context));
  if (isCaseless(scan)) {
    const upper = upperView(scan);
    const titled = titledView(scan);
    const caseless: DetectContext = { language, caseless: true };
    found.push(...detectors.inCapitals.flatMap((detector) => detector(upper, caseless)));
    found.push(...detectors.capitalised.flatMap((detector) => detector(titled, caseless)));
  }
  return found;
}

/**
 * Every piece of personal data among `found`, in order and never overlapping. Where candidates overlap,
 * their union is one finding (no part of either may leak); its kind is that of the surest candidate.
 */
export function merge(found: Candidate[]): Finding[] {
  const candidates = explained(found).sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  let group: Candidate[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 0) return;
    const best = group.reduce((a, b) => (surer(b, a) ? b : a));
    findings.push({ kind: best.kind, start: group[0]!.start, end: groupEnd });
    group = [];
  };
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start) continue;
    if (candidate.start >= groupEnd) flush();
    group.push(candidate);
    groupEnd = Math.max(groupEnd, candidate.end);
  }
  flush();
  return findings;
}
