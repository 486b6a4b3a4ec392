import { findEmails } from './email';
import { findIbans } from './iban';
import { findPhones } from './phone';
import { scanText } from './scan-text';
import type { Candidate, Detector, Finding } from './types';

const DETECTORS: readonly Detector[] = [findIbans, findEmails, findPhones];

/**
 * Every piece of personal data in `text`, in order and never overlapping. Where candidates overlap,
 * their union is one finding (no part of either may leak); its kind is that of the surest, then the
 * longest candidate.
 */
export function detect(text: string): Finding[] {
  const scan = scanText(text);
  const candidates = DETECTORS.flatMap((detector) => detector(scan)).sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  let group: Candidate[] = [];
  let groupEnd = -1;
  const flush = () => {
    if (group.length === 0) return;
    const best = group.reduce((a, b) =>
      b.confidence > a.confidence || (b.confidence === a.confidence && b.end - b.start > a.end - a.start) ? b : a,
    );
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
