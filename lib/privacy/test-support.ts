// Test support only (not exported from index.ts).
import { expect, it } from 'vitest';
import type { Language, RedactionKind } from '../model';
import { redact } from './redact';

/** What `redact` removed, as [kind, removed text] pairs. */
export function removed(text: string, language: Language = 'de'): Array<[string, string]> {
  return redact(text, { language }).findings.map((f) => [f.kind, text.slice(f.start, f.end)]);
}

/**
 * The usual table for one kind: each case names a spelling, a text, and what must be removed from it
 * (nothing else may be); each negative must come back with nothing removed.
 */
export function itRemoves(kind: RedactionKind, cases: ReadonlyArray<readonly [string, string, string | readonly string[]]>, negatives: readonly string[]): void {
  it.each(cases)('%s', (_, text, found) => {
    expect(removed(text)).toEqual([found].flat().map((piece) => [kind, piece]));
  });
  it.each(negatives)('keeps %j', (text) => {
    expect(removed(text)).toEqual([]);
  });
}
