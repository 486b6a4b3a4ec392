import type { RedactionKind } from '../model';
import type { Candidate, Confidence } from './types';

/** Not inside a word or number: Unicode-aware, because `\b` only knows ASCII letters. */
export const START = String.raw`(?<![\p{L}\p{N}])`;
export const END = String.raw`(?![\p{L}\p{N}])`;

/** Letters of the Arabic script (Arabic and Persian), with diacritics and the Persian zero-width non-joiner. */
export const ARABIC_LETTERS = String.raw`\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C`;

/** A regex alternation of `words`, longest first so that a longer word is never cut short by its prefix. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Every match of a global `pattern` as a candidate of `kind`. */
export function candidates(scan: string, pattern: RegExp, kind: RedactionKind, confidence: Confidence): Candidate[] {
  return [...scan.matchAll(pattern)].map((match) => ({ kind, start: match.index, end: match.index + match[0].length, confidence }));
}
