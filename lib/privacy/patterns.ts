import type { RedactionKind } from '../model';
import type { Candidate, Confidence } from './types';

/** Not inside a word or number: Unicode-aware, because `\b` only knows ASCII letters. */
export const START = String.raw`(?<![\p{L}\p{N}])`;
export const END = String.raw`(?![\p{L}\p{N}])`;

/** Letters of the Arabic script (Arabic and Persian), with diacritics and the Persian zero-width non-joiner. */
export const ARABIC_LETTERS = String.raw`\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C`;

/**
 * A value built on first use, then kept: for the detectors' patterns. Building a RegExp with Unicode classes
 * (`\p{L}`) costs about half a millisecond here, and the detectors hold about thirty: built as their modules
 * loaded, they cost 12–15 ms to every page that only records its own address (scrubUrl), whose path rarely holds
 * a digit and so never reaches a detector.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** `text` as a regex that matches it literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of `words`, longest first so that a longer word is never cut short by its prefix. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

const shapes = new Map<RegExp, RegExp>();

/**
 * Every match of a global `pattern`, after a cheap first test: the pattern without its checks for word
 * boundaries (START, END), which match wherever it may. Their Unicode classes make the engine's code for
 * a pattern large, and running it for every text of a batch cost more than what it found: most texts
 * hold nothing of the pattern's shape.
 */
export function matchesOf(scan: string, pattern: RegExp): RegExpExecArray[] {
  let shape = shapes.get(pattern);
  if (!shape) shapes.set(pattern, (shape = new RegExp(pattern.source.split(START).join('').split(END).join(''), pattern.flags.replace('g', ''))));
  return shape.test(scan) ? [...scan.matchAll(pattern)] : [];
}

/** Every match of a global `pattern` as a candidate of `kind`. */
export function candidates(scan: string, pattern: RegExp, kind: RedactionKind, confidence: Confidence): Candidate[] {
  return matchesOf(scan, pattern).map((match) => ({ kind, start: match.index, end: match.index + match[0].length, confidence }));
}

/**
 * Matches of a global `pattern` that end before a digit and start at most `reach` characters ahead of
 * it. Labels only matter in front of a number: this scans a few short windows instead of every position
 * of the text (with some 150 labels that saved about a fifth of redact's time).
 */
export function matchesBeforeDigits(scan: string, pattern: RegExp, reach: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const digits = /\d+/g;
  let from = 0;
  for (let run = digits.exec(scan); run; run = digits.exec(scan)) {
    const head = scan.slice(0, run.index);
    pattern.lastIndex = Math.max(from, run.index - reach);
    for (let match = pattern.exec(head); match; match = pattern.exec(head)) {
      found.push(match);
      from = pattern.lastIndex = match.index + Math.max(1, match[0].length);
    }
    from = Math.max(from, run.index);
  }
  return found;
}
