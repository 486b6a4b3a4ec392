import type { Language } from '../model';
import { candidatesIn, merge } from './find-candidates';
import { IDENTIFIER_DETECTORS, IDENTIFIERS_IN_CAPITALS } from './identifiers';
import { findPersonNames } from './person-name';
import { findPostalAddresses } from './postal-address';
import { findSignatures } from './signature';
import type { Detector, Finding } from './types';

const DETECTORS: readonly Detector[] = [...IDENTIFIER_DETECTORS, findPersonNames, findSignatures];

/** In a text without case, these also read the view with every word capitalised: names, streets and towns typed in lower case. */
const WORDS_CAPITALISED: readonly Detector[] = [findPostalAddresses, findPersonNames, findSignatures];

/**
 * Every piece of personal data in `text`, in order and never overlapping. Where candidates overlap,
 * their union is one finding (no part of either may leak); its kind is that of the surest candidate.
 */
export function detect(text: string, language: Language = 'de'): Finding[] {
  return merge(candidatesIn(text, language, { all: DETECTORS, inCapitals: IDENTIFIERS_IN_CAPITALS, capitalised: WORDS_CAPITALISED }));
}
