import { END, matchesOf, onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Aktenzeichen of the social courts: "S 12 AS 345/24" (Sozialgericht), "L 7 AS 1234/19 B ER"
 * (Landessozialgericht), "B 14 AS 51/20 R" (Bundessozialgericht), and Widerspruch numbers such as
 * "W-4711/24". A Bundessozialgericht number after "BSG" is a citation of published case law, like a
 * paragraph, and is kept; any other case number names one person's proceedings.
 */
const COURT_CASE = onFirstUse(() => new RegExp(
  String.raw`${START}([SLB]) ?\d{1,3} ?[A-Z]{1,3} ?\d{1,5} ?/ ?\d{2}(?: ?B)?(?: ?(?:ER|RG|KL|PKH|NZB|R))?${END}`,
  'gu',
));
const WIDERSPRUCH = onFirstUse(() => new RegExp(String.raw`${START}W ?-? ?\d{2,6}/\d{2,4}${END}`, 'gu'));
const CITED = /(?:BSG|Bundessozialgericht)[^\n]{0,80}$/;

export function findCaseNumbers(scan: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(scan, COURT_CASE())) {
    if (match[1] === 'B' && CITED.test(scan.slice(Math.max(0, match.index - 80), match.index))) continue;
    found.push({ kind: 'caseNumber', start: match.index, end: match.index + match[0].length, confidence: Confidence.Confirmed });
  }
  for (const match of matchesOf(scan, WIDERSPRUCH())) {
    found.push({ kind: 'caseNumber', start: match.index, end: match.index + match[0].length, confidence: Confidence.Shape });
  }
  return found;
}
