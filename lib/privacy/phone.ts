import { Confidence, type Candidate } from './types';

/**
 * German and international numbers in their usual spellings: "030 1234567", "030/123 45 67",
 * "(030) 12 34 56", "0170-1234567", "+49 (0)30 1234567", "0049 30 …", "+90 532 123 45 67".
 * A phone number starts with "+", "00" or a trunk "0"; that keeps amounts ("1.234,56 €"), years and
 * step numbers out. Dots are no separator here, so dates ("01.03.2025") never look like a number. A
 * single capital before it makes it the digits of another identifier ("A 012 345 678"); a one-letter
 * word ("і", "и", "و") does not.
 * Two numbers written one after the other ("030 1234567 0170 7654321") are one finding.
 */
const PHONE = /(?<![\p{L}\p{N}+.,/]|(?<![\p{L}])[A-Z] )(?:\+ ?[1-9]|\( ?0|0)[\d ()\-/]{4,40}\d(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Numeric dates written with slashes or hyphens ("01/03/2025", "01-03-25"). */
const DATE = /^\d{1,2}[/-]\d{1,2}[/-](?:\d{2}|\d{4})$/;

/**
 * Public service numbers are not personal data and help the reader: 0800 and 0180x (service lines such
 * as the Jobcenter hotline), 0900, 115 (Behördennummer), 116xxx.
 */
const SERVICE = /^(?:0800|0180|0900|0137|115|116)/;

/** Whether `digits` (a national number, digits only) is a public service number that may stay. */
export function isServiceNumber(digits: string): boolean {
  return SERVICE.test(digits.replace(/^0049/, '0').replace(/^49(?=\d{9})/, '0'));
}

/** Separators a person types inside one number: one of " -/", optionally with spaces around it. */
const TOO_LOOSE = /[ \-/]{4,}|[\-/][ ]?[\-/]/;

/**
 * "(030) 12 34" keeps its parentheses; in "12345678900) 450 Euro" the ")" closes the sentence's, and in
 * " (00 010100 A 007" the "(" opens it. Returns the offset and text of the number proper.
 */
function withoutStrayParentheses(text: string): { skip: number; text: string } {
  let skip = 0;
  if (text.startsWith('(') && !text.includes(')')) {
    skip = text.search(/\d/);
    text = text.slice(skip);
  }
  const close = text.indexOf(')');
  if (close !== -1 && text.lastIndexOf('(', close) === -1) text = text.slice(0, close).replace(/\D+$/, '');
  return { skip, text };
}

export function findPhones(scan: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of scan.matchAll(PHONE)) {
    const { skip, text } = withoutStrayParentheses(match[0]);
    const start = match.index + skip;
    const digits = text.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 30) continue;
    if (DATE.test(text) || TOO_LOOSE.test(text)) continue;
    const national = text.startsWith('+') ? '0' + digits.replace(/^49/, '') : digits.replace(/^0049/, '0');
    if (SERVICE.test(national)) continue;
    // Shape only: a run of digits after a 0 is also what the tail of an IBAN or a Steuer-ID looks like.
    found.push({ kind: 'phone', start, end: start + text.length, confidence: Confidence.Shape });
  }
  return found;
}
