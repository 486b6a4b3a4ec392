import type { Language, RedactionKind } from '../model';
import { detect } from './detect';
import { isCaseless, scanText } from './normalise';
import { ANY_PLACEHOLDER, placeholder, placeholderKind } from './placeholders';
import { findPossibleNames } from './possible-names';
import type { Finding, RedactOptions, RedactResult, Span } from './types';

/**
 * Replaces every piece of personal data in `text` with a readable placeholder in the text's language
 * ("[IBAN entfernt]") and says where each one stood in the input.
 */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  const language = options.language ?? 'de';
  const findings = findingsIn(text, language);
  return { text: segment(text, findings, [], language).map((piece) => piece.text).join(''), findings };
}

/**
 * Words of `text` that look like a name but are kept by `redact` (nothing in the text said a name
 * stands there), in order: the review highlights them so the person can remove them with `redactSpan`.
 */
export function possibleNames(text: string, options: RedactOptions = {}): Span[] {
  return possibleNamesBeside(text, findingsIn(text, options.language ?? 'de'));
}

function possibleNamesBeside(text: string, findings: readonly Finding[]): Span[] {
  const scan = scanText(text);
  return findPossibleNames(scan, findings, isCaseless(scan));
}

/**
 * `text` with the span [start, end) replaced by the placeholder of `kind` (a name, unless said
 * otherwise) in `language`, the rest as written: what the review does when the person removes a possible
 * name. Passing the result through `redact` counts the placeholder as a finding of `kind`.
 */
export function redactSpan(text: string, start: number, end: number, language: Language = 'de', kind: RedactionKind = 'personName'): string {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`privacy.span-outside-text: ${start}–${end} of ${text.length}`);
  }
  return text.slice(0, start) + placeholder(kind, language) + text.slice(end);
}

/** Findings of the detectors, and placeholders already in the text, in order. */
function findingsIn(text: string, language: Language): Finding[] {
  const findings = detect(text, language);
  if (!text.includes('[')) return findings;
  const earlier: Finding[] = [...text.matchAll(ANY_PLACEHOLDER)].map((match) => ({ kind: placeholderKind(match[0])!, start: match.index, end: match.index + match[0].length }));
  if (earlier.length === 0) return findings;
  return [...findings.filter((f) => !earlier.some((e) => e.start < f.end && f.start < e.end)), ...earlier].sort((a, b) => a.start - b.start);
}

/** A piece of the redacted text; `redacted` names the kind when the piece is a placeholder. */
export interface RedactedSegment {
  text: string;
  redacted: RedactionKind | undefined;
}

/**
 * The redacted text cut into plain pieces and placeholders, for a preview that marks what was removed.
 * Joining the pieces' text gives exactly `redact(text, options).text`.
 */
export function redactedSegments(text: string, options: RedactOptions = {}): RedactedSegment[] {
  return reviewSegments(text, options).map(({ text: piece, redacted }) => ({ text: piece, redacted }));
}

/**
 * A piece of the text as the review shows it. `redacted` names the kind when the piece is a placeholder;
 * `possibleName` marks a kept word that looks like a name. `start`/`end` say where the piece stood in
 * the input, so the review can pass them to `redactSpan`.
 */
export interface ReviewSegment extends RedactedSegment, Span {
  possibleName: boolean;
}

/**
 * The redacted text cut into plain pieces, placeholders and possible names, for a review that marks
 * what was removed and offers to remove, with one action each, what looks like a name. Joining the
 * pieces' text gives exactly `redact(text, options).text`.
 */
export function reviewSegments(text: string, options: RedactOptions = {}): ReviewSegment[] {
  const language = options.language ?? 'de';
  const findings = findingsIn(text, language);
  return segment(text, findings, possibleNamesBeside(text, findings), language);
}

function segment(text: string, findings: readonly Finding[], possibleNames: readonly Span[], language: Language): ReviewSegment[] {
  const segments: ReviewSegment[] = [];
  const plain = (start: number, end: number) => {
    let at = start;
    for (const name of possibleNames) {
      if (name.start < at || name.end > end) continue;
      if (name.start > at) segments.push({ text: text.slice(at, name.start), redacted: undefined, possibleName: false, start: at, end: name.start });
      segments.push({ text: text.slice(name.start, name.end), redacted: undefined, possibleName: true, ...name });
      at = name.end;
    }
    if (end > at) segments.push({ text: text.slice(at, end), redacted: undefined, possibleName: false, start: at, end });
  };
  let at = 0;
  for (const finding of findings) {
    plain(at, finding.start);
    const written = text.slice(finding.start, finding.end);
    // A placeholder already in the text stays as written (perhaps in another language).
    const shown = placeholderKind(written) === finding.kind ? written : placeholder(finding.kind, language);
    segments.push({ text: shown, redacted: finding.kind, possibleName: false, start: finding.start, end: finding.end });
    at = finding.end;
  }
  plain(at, text.length);
  return segments;
}

/** Findings per kind, as a suggestion stores them (`Suggestion.redactions`). */
export function countByKind(findings: readonly Pick<Finding, 'kind'>[]): Partial<Record<RedactionKind, number>> {
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const { kind } of findings) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
