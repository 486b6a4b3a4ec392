import { placeholder, type RedactedSegment } from '../privacy';
import { Language, RedactionKind, type Suggestion } from '../model';

/**
 * Text being edited already carries the placeholders of its first redaction ("[Name entfernt]"). The filter
 * does not find personal data in them again, so without this an edit would reset the redaction record to
 * zero while the placeholders stay, and the review would say that nothing was removed.
 */
const KIND_OF_PLACEHOLDER = new Map(
  RedactionKind.options.flatMap((kind) => Language.options.map((language) => [placeholder(kind, language), kind] as const)),
);
const ANY_PLACEHOLDER = new RegExp(
  [...KIND_OF_PLACEHOLDER.keys()]
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Placeholders in `text`, counted per kind: the redaction record of a text as it stands. */
export function countPlaceholders(text: string): Suggestion['redactions'] {
  const counts: Suggestion['redactions'] = {};
  for (const [found] of text.matchAll(ANY_PLACEHOLDER)) {
    const kind = KIND_OF_PLACEHOLDER.get(found)!;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** Segments for the review, with placeholders kept from an earlier redaction marked like new ones. */
export function markKeptPlaceholders(segments: readonly RedactedSegment[]): RedactedSegment[] {
  return segments.flatMap((segment) => {
    if (segment.redacted) return [segment];
    const pieces: RedactedSegment[] = [];
    let at = 0;
    for (const match of segment.text.matchAll(ANY_PLACEHOLDER)) {
      if (match.index > at) pieces.push({ text: segment.text.slice(at, match.index), redacted: undefined });
      pieces.push({ text: match[0], redacted: KIND_OF_PLACEHOLDER.get(match[0]) });
      at = match.index + match[0].length;
    }
    if (at < segment.text.length) pieces.push({ text: segment.text.slice(at), redacted: undefined });
    return pieces;
  });
}
