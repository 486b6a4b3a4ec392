import { taxIdValid, turkishIdValid } from './check-digits';
import { Confidence, type Candidate } from './types';

/**
 * Eleven digits, the first not 0, compact or in groups ("12 345 678 901"): the Steuer-ID (§ 139b AO)
 * or, when its two check digits say so, a Turkish identity number (T.C. Kimlik No). A leading 0 makes
 * it a phone number instead. Not part of a longer run of digits, not the integer part of an amount.
 */
const ELEVEN_DIGITS = /(?<![\p{L}\p{N}+]|\d[ ./-])[1-9](?: ?\d){10}(?! ?\d)(?![\p{L}]|[.,]\d)/gu;

export function findTaxIds(scan: string): Candidate[] {
  return [...scan.matchAll(ELEVEN_DIGITS)].map((match): Candidate => {
    const digits = match[0].replace(/ /g, '');
    const at = { start: match.index, end: match.index + match[0].length };
    if (taxIdValid(digits)) return { kind: 'taxId', ...at, confidence: Confidence.Confirmed };
    if (turkishIdValid(digits)) return { kind: 'idCardNumber', ...at, confidence: Confidence.Confirmed };
    return { kind: 'taxId', ...at, confidence: Confidence.Shape };
  });
}
