import { END, matchesOf, onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Nummer der Bedarfsgemeinschaft: five digits (the Jobcenter's office number), "BG", seven digits,
 * often written with spaces ("12345 BG 1234567"); Jobcenter letters print it with a double slash
 * instead of "BG" ("12345//0012345"). A digit more or less is a typo and still redacted.
 */
const BG_NUMBER = onFirstUse(() => new RegExp(String.raw`${START}(\d{4,6})(?:[ -]?BG[ -]?| ?// ?)(\d{5,8})${END}`, 'giu'));

export function findBgNumbers(scan: string): Candidate[] {
  return matchesOf(scan, BG_NUMBER()).map((match) => ({
    kind: 'bgNumber',
    start: match.index,
    end: match.index + match[0].length,
    confidence: match[1]!.length === 5 && match[2]!.length === 7 ? Confidence.Confirmed : Confidence.Shape,
  }));
}
