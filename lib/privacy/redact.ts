import type { Language, RedactionKind } from '../model';
import { detect } from './detect';
import { placeholder } from './placeholders';
import type { Finding, RedactOptions, RedactResult } from './types';

/**
 * Replaces every piece of personal data in `text` with a readable placeholder in the text's language
 * ("[IBAN entfernt]") and says where each one stood in the input.
 */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  const findings = detect(text);
  const segments = segment(text, findings, options.language ?? 'de');
  return { text: segments.map((piece) => piece.text).join(''), findings };
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
  return segment(text, detect(text), options.language ?? 'de');
}

function segment(text: string, findings: readonly Finding[], language: Language): RedactedSegment[] {
  const segments: RedactedSegment[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start > at) segments.push({ text: text.slice(at, finding.start), redacted: undefined });
    segments.push({ text: placeholder(finding.kind, language), redacted: finding.kind });
    at = finding.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), redacted: undefined });
  return segments;
}

/** Findings per kind, as a suggestion stores them (`Suggestion.redactions`). */
export function countByKind(findings: readonly Pick<Finding, 'kind'>[]): Partial<Record<RedactionKind, number>> {
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const { kind } of findings) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
