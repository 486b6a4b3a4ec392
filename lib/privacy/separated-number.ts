import { taxIdValid } from './check-digits';
import { isServiceNumber } from './phone';
import { Confidence, type Candidate } from './types';

/**
 * Numbers written with separators in odd places: "47.891.236.502", "123/456/789/03", "0176.2345.6789",
 * "0 1 7 6 / 2 3 4 5 6 7 8 9". The separators are dropped (the digits keep their place in the input) and
 * the digits are read as what they are: a Steuer-ID when its check digits hold, else a phone number
 * when it starts like one. At least three groups, so "01.03.2025" and "12 345" stay what they are.
 */
const SEPARATED = /(?<![\p{L}\p{N}+.,/-])(\+ ?)?\d+(?:(?: ?[./-] ?| )\d+){2,}(?![\p{L}\p{N}]|[.,/-]\d)/gu;

/** A date in any numeric spelling, even spaced ("01 . 03 . 2025"). */
const DATE = /^\d{1,2} ?[./-] ?\d{1,2} ?[./-] ?(?:\d{2}|\d{4})$/;

export function findSeparatedNumbers(scan: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\d[ ./-]+\d+[ ./-]+\d/.test(scan)) return found;
  for (const match of scan.matchAll(SEPARATED)) {
    const text = match[0];
    if (DATE.test(text)) continue;
    const digits = text.replace(/\D/g, '');
    const at = { start: match.index, end: match.index + text.length };
    // Only the unusual spellings are this detector's business: dots or slashes between groups, or
    // single digits spaced out. The usual ones ("030 1234567", "12 345 678 901") have their own detectors.
    const odd = /\d ?[./] ?\d/.test(text) || /(?:\d ){4,}/.test(text);
    if (!odd) continue;
    if (digits.length === 11 && !digits.startsWith('0') && taxIdValid(digits)) found.push({ kind: 'taxId', ...at, confidence: Confidence.Confirmed });
    else if (/^(?:\+ ?[1-9]|0[1-9])/.test(text) && digits.length >= 9 && digits.length <= 15 && !isServiceNumber(digits)) {
      found.push({ kind: 'phone', ...at, confidence: Confidence.Shape });
    }
  }
  return found;
}
