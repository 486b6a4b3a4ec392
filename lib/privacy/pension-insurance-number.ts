import { pensionInsuranceNumberValid } from './check-digits';
import { END, matchesOf, onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Rentenversicherungsnummer (§ 147 SGB VI): area (2 digits), birth date DDMMYY, initial of the birth
 * name, serial (2 digits), check digit — printed as "12 150180 J 00 4" or "12 150180 J 004".
 */
const PENSION_NUMBER = onFirstUse(() => new RegExp(String.raw`${START}\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d${END}`, 'gu'));

export function findPensionInsuranceNumbers(scan: string): Candidate[] {
  return matchesOf(scan, PENSION_NUMBER()).map((match) => ({
    kind: 'pensionInsuranceNumber',
    start: match.index,
    end: match.index + match[0].length,
    confidence: pensionInsuranceNumberValid(match[0].replace(/ /g, '')) ? Confidence.Confirmed : Confidence.Shape,
  }));
}
