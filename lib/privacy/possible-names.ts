import { isKnownName } from './name-knowledge';
import { ARABIC_SCRIPT, NOT_A_NAME } from './name-parts';
import type { Span } from './types';

/**
 * Words that look like a name but were kept because nothing in the text said a name stands there
 * ("Gestern hat Anna angerufen", "Hassan" in an Arabic text): known given or family names, capitalised
 * (or in a script or text without capitals). The review highlights them so the person can remove them
 * with one action (`redactSpan`). A name after an article or preposition is more likely a thing or a
 * place ("im Winter", "der Wagner-Oper"), so it is left alone.
 */

const WORD = /(?<![\p{L}\p{N}])[\p{L}\u200c]+(?:['’-][\p{L}]+)*/gu;
const NOT_BEFORE_A_NAME = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'im', 'am', 'vom', 'zum', 'zur', 'beim', 'in', 'an',
  'auf', 'mit', 'für', 'von', 'bei', 'nach', 'aus', 'über', 'unter', 'the', 'a', 'an', 'in', 'on', 'at', 'of', 'to', 'for', 'from', 'by',
  'в', 'на', 'з', 'із', 'у', 'по', 'для', 'от', 'до', 'bir',
]);

export function findPossibleNames(scan: string, removed: readonly Span[], caseless: boolean): Span[] {
  const possible: Span[] = [];
  let previous = '';
  for (const match of scan.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const before = previous;
    previous = word.toLowerCase();
    if (removed.some((span) => span.start < end && span.end > start)) continue;
    const eligible = caseless || ARABIC_SCRIPT.test(word) || /^\p{Lu}\p{Ll}/u.test(word);
    if (!eligible || NOT_A_NAME.has(word) || NOT_BEFORE_A_NAME.has(before) || !isKnownName(word)) continue;
    const last = possible.at(-1);
    // "Anna Müller": two names with one space between are one possible name.
    if (last && last.end + 1 === start && scan[last.end] === ' ') last.end = end;
    else possible.push({ start, end });
  }
  return possible;
}
