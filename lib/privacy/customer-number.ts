import { candidates, END, onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/** Kundennummer of the Bundesagentur für Arbeit: three digits, a letter, six digits ("123A456789", "123 a 456 789"). */
const CUSTOMER_NUMBER = onFirstUse(() => new RegExp(String.raw`${START}\d{3} ?[A-Za-z] ?\d{3} ?\d{3}${END}`, 'gu'));

export function findCustomerNumbers(scan: string): Candidate[] {
  return candidates(scan, CUSTOMER_NUMBER(), 'customerNumber', Confidence.Confirmed);
}
