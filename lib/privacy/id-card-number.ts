import { icaoCheckDigit } from './check-digits';
import { candidates, END, matchesOf, onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * German ID card, passport and residence permit (eAT) numbers: nine characters from an alphabet
 * without vowels and look-alikes (C F G H J K L M N P R T V W X Y Z and digits), first a letter, often
 * followed by the ICAO check digit ("L01X00T47", "L01X00T471"). Without vowels no German word fits,
 * and at least one digit is required.
 */
const GERMAN_DOCUMENT = onFirstUse(() => new RegExp(String.raw`${START}[CFGHJKLMNPRTVWXYZ](?=[CFGHJKLMNPRTVWXYZ]*\d)[CFGHJKLMNPRTVWXYZ0-9]{8}\d?${END}`, 'gu'));

/** Ukrainian and Russian domestic passports: two Cyrillic capitals and six digits ("КВ 123456"). */
const CYRILLIC_PASSPORT = onFirstUse(() => new RegExp(String.raw`${START}[А-ЯІЇЄҐ]{2} ?\d{6}${END}`, 'gu'));

export function findIdCardNumbers(scan: string): Candidate[] {
  const german = matchesOf(scan, GERMAN_DOCUMENT()).flatMap((match): Candidate[] => {
    const text = match[0];
    // A letter and nine digits is a Krankenversichertennummer's shape; that detector decides.
    if (/^[A-Z]\d{9}$/.test(text)) return [];
    const checked = text.length === 10 && icaoCheckDigit(text.slice(0, 9)) === Number(text[9]);
    return [{ kind: 'idCardNumber', start: match.index, end: match.index + text.length, confidence: checked ? Confidence.Confirmed : Confidence.Shape }];
  });
  return [...german, ...candidates(scan, CYRILLIC_PASSPORT(), 'idCardNumber', Confidence.Shape)];
}
