import { ibanChecksumValid } from './check-digits';
import { Confidence, type Candidate } from './types';

/** IBAN length per country (SWIFT IBAN registry). */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** A typo may drop or add a character or two; such an IBAN still identifies its owner. */
const TYPO_TOLERANCE = 2;

const START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const GROUP = /[ -]?([A-Za-z0-9]+)/y;

/**
 * IBANs of any country, compact or in groups ("DE89 3704 0044 0532 0130 00"). Groups are read one by
 * one rather than by a single regex, so the word after an IBAN ("… 0130 00 bitte") is never swallowed.
 */
export function findIbans(scan: string): Candidate[] {
  const found: Candidate[] = [];
  // START without its costly check of the character before: most texts hold no such start at all.
  if (!/[A-Za-z]{2}\d{2}/.test(scan)) return found;
  START.lastIndex = 0;
  for (let start = START.exec(scan); start; start = START.exec(scan)) {
    const country = start[0].slice(0, 2).toUpperCase();
    const expected = IBAN_LENGTH[country];
    const lowerCase = start[0] !== start[0].toUpperCase();
    // Compact length and end offset after each group.
    const ends: Array<{ length: number; end: number }> = [];
    let compact = start[0];
    GROUP.lastIndex = start.index + start[0].length;
    for (let group = GROUP.exec(scan); group; group = GROUP.exec(scan)) {
      const chars = group[1]!;
      // An IBAN is digits and capitals (or all lower case when typed so); a word is not part of it.
      if (/[a-z]/.test(chars) && (!lowerCase || !/\d/.test(chars))) break;
      if (/[A-Z]/.test(chars) && lowerCase) break;
      if (compact.length + chars.length > (expected ?? 34) + TYPO_TOLERANCE) break;
      compact += chars;
      ends.push({ length: compact.length, end: GROUP.lastIndex });
    }
    const candidate = pick(compact, ends, expected);
    if (!candidate) continue;
    found.push({ kind: 'iban', start: start.index, ...candidate });
    START.lastIndex = candidate.end;
  }
  return found;
}

function pick(
  compact: string,
  ends: Array<{ length: number; end: number }>,
  expected: number | undefined,
): { end: number; confidence: Confidence } | undefined {
  if (expected !== undefined) {
    const exact = ends.find((e) => e.length === expected);
    if (exact) {
      const valid = ibanChecksumValid(compact.slice(0, expected));
      return { end: exact.end, confidence: valid ? Confidence.Confirmed : Confidence.Shape };
    }
    const near = ends.filter((e) => Math.abs(e.length - expected) <= TYPO_TOLERANCE && e.length >= 15);
    const last = near.at(-1);
    return last && { end: last.end, confidence: Confidence.Shape };
  }
  // An unknown country code is only an IBAN when mod 97 confirms it.
  const valid = ends.filter((e) => e.length >= 15 && ibanChecksumValid(compact.slice(0, e.length))).at(-1);
  return valid && { end: valid.end, confidence: Confidence.Confirmed };
}
