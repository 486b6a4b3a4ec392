import { findBgNumbers } from './bg-number';
import { findBirthDates } from './birth-date';
import { findCaseNumbers } from './case-number';
import { findCustomerNumbers } from './customer-number';
import { findEmails } from './email';
import { findHealthInsuranceNumbers } from './health-insurance-number';
import { findIbans } from './iban';
import { findIdCardNumbers } from './id-card-number';
import { findLabelledValues } from './labelled-values';
import { findPensionInsuranceNumbers } from './pension-insurance-number';
import { findPhones } from './phone';
import { findPostalAddresses } from './postal-address';
import { findSeparatedNumbers } from './separated-number';
import { findTaxIds } from './tax-id';
import type { Detector, Finding } from './types';
import { candidatesIn, merge } from './find-candidates';

// The detectors that need no knowledge of names. scrubUrl uses only these, so the address of a page can
// be cleaned without loading the name lists (they come with the review).

export const IDENTIFIER_DETECTORS: readonly Detector[] = [
  findIbans,
  findBgNumbers,
  findCustomerNumbers,
  findPensionInsuranceNumbers,
  findTaxIds,
  findHealthInsuranceNumbers,
  findIdCardNumbers,
  findEmails,
  findPhones,
  findPostalAddresses,
  findBirthDates,
  findCaseNumbers,
  findLabelledValues,
  findSeparatedNumbers,
];

/** In a text without case, these also read the view in capitals: identifiers typed in lower case. */
export const IDENTIFIERS_IN_CAPITALS: readonly Detector[] = [findIdCardNumbers, findCaseNumbers, findHealthInsuranceNumbers, findPensionInsuranceNumbers, findCustomerNumbers];

/** Identifiers only, no names: what scrubUrl needs, without loading the name lists. */
export function detectIdentifiers(text: string): Finding[] {
  return merge(candidatesIn(text, 'de', { all: IDENTIFIER_DETECTORS, inCapitals: IDENTIFIERS_IN_CAPITALS, capitalised: [findPostalAddresses] }));
}
