import { healthInsuranceNumberValid, icaoCheckDigit } from './check-digits';
import { END, matchesOf, onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Krankenversichertennummer (§ 290 SGB V): a capital letter and nine digits, the last a check digit,
 * also spaced ("A 123 456 789"). A passport number of the same shape is told apart by its ICAO check
 * digit when the KVNR check fails; otherwise the shape says KVNR.
 */
const HEALTH_NUMBER = onFirstUse(() => new RegExp(String.raw`${START}(?:[A-Z] ?|[a-z])(?:\d ?){8}\d${END}`, 'gu'));

export function findHealthInsuranceNumbers(scan: string): Candidate[] {
  return matchesOf(scan, HEALTH_NUMBER()).map((match): Candidate => {
    const compact = match[0].replace(/ /g, '');
    const at = { start: match.index, end: match.index + match[0].length };
    if (healthInsuranceNumberValid(compact)) return { kind: 'healthInsuranceNumber', ...at, confidence: Confidence.Confirmed };
    if (icaoCheckDigit(compact.slice(0, 9)) === Number(compact[9])) return { kind: 'idCardNumber', ...at, confidence: Confidence.Confirmed };
    return { kind: 'healthInsuranceNumber', ...at, confidence: Confidence.Shape };
  });
}
