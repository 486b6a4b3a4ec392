import { Confidence, type Candidate } from './types';
import { onFirstUse } from './patterns';

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]+`;
const DOMAIN = String.raw`[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`;

/** Plain addresses, also with "@" set apart by spaces. */
const PLAIN = onFirstUse(() => new RegExp(String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL} ?@ ?${DOMAIN}`, 'gu'));

/**
 * Addresses written to dodge spam harvesters: "max.muster (at) web (dot) de", "anna[at]gmx.de",
 * "ali(ät)t-online.de". Only the bracketed forms: a bare " at " is an ordinary English word.
 */
const SPELLED = onFirstUse(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL} ?[(\[{] ?(?:at|ät|et) ?[)\]}] ?[\p{L}\p{N}\-]+(?:(?: ?[(\[{] ?(?:dot|punkt|nokta) ?[)\]}] ?|\.)[\p{L}\p{N}\-]+)+`,
  'giu',
));

/** Cheap tests first: the full patterns try every position of the text. */
const SPELLED_AT = /[(\[{] ?(?:at|ät|et) ?[)\]}]/i;

export function findEmails(scan: string): Candidate[] {
  const found: Candidate[] = [];
  const patterns = [...(scan.includes('@') ? [PLAIN()] : []), ...(SPELLED_AT.test(scan) ? [SPELLED()] : [])];
  for (const pattern of patterns) {
    for (const match of scan.matchAll(pattern)) {
      // A sentence full stop right after the address is not part of it.
      const text = match[0].replace(/[.\-]+$/, '');
      found.push({ kind: 'email', start: match.index, end: match.index + text.length, confidence: Confidence.Confirmed });
    }
  }
  return found;
}
