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
import { findPersonNames } from './person-name';
import { findPhones } from './phone';
import { findPostalAddresses } from './postal-address';
import { ANY_PLACEHOLDER } from './placeholders';
import { scanText } from './scan-text';
import { findSignatures } from './signature';
import { findTaxIds } from './tax-id';
import { Confidence, type Candidate, type Detector, type Finding } from './types';

const DETECTORS: readonly Detector[] = [
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
  findPersonNames,
  findSignatures,
  findCaseNumbers,
  findLabelledValues,
];

/**
 * Surer: higher confidence; then the one that starts first (a phone-like tail inside an IBAN or after a
 * Steuer-ID starts later); then the longer one.
 */
function surer(a: Candidate, b: Candidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (a.start !== b.start) return a.start < b.start;
  return a.end - a.start > b.end - b.start;
}

/**
 * Drops unconfirmed candidates that begin inside a confirmed one of another kind: the phone-like digits
 * "0044 0532 0130 00 2024" inside "DE89 3704 0044 0532 0130 00 2024" are the IBAN's tail, and without
 * this the year after the IBAN would be removed with it.
 */
function explained(candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) =>
      c.confidence !== Confidence.Shape ||
      !candidates.some((sure) => sure.confidence !== Confidence.Shape && sure.kind !== c.kind && sure.start < c.start && c.start < sure.end),
  );
}

/**
 * Every piece of personal data in `text`, in order and never overlapping. Where candidates overlap,
 * their union is one finding (no part of either may leak); its kind is that of the surest candidate.
 */
export function detect(text: string): Finding[] {
  // Placeholders of an earlier pass are blanked out: "[Geburtsdatum entfernt] seit 2024" must not read
  // as a birth-date label followed by a year. The filler is neither letter, digit nor space.
  const scan = scanText(text).replace(ANY_PLACEHOLDER, (placeholder) => '\u0001'.repeat(placeholder.length));
  const candidates = explained(DETECTORS.flatMap((detector) => detector(scan))).sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  let group: Candidate[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 0) return;
    const best = group.reduce((a, b) => (surer(b, a) ? b : a));
    findings.push({ kind: best.kind, start: group[0]!.start, end: groupEnd });
    group = [];
  };
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start) continue;
    if (candidate.start >= groupEnd) flush();
    group.push(candidate);
    groupEnd = Math.max(groupEnd, candidate.end);
  }
  flush();
  return findings;
}
