import { taxIdValid, turkishIdValid } from './check-digits';
import { Confidence, type Candidate } from './types';

/** A run of digit groups joined by single spaces, not glued to a word, a "+" or an amount's separators. */
const DIGIT_RUN = /(?<![\p{L}\p{N}+]|\d[./-])\d+(?: \d+)*(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * Eleven digits, the first not 0, compact or in groups ("12 345 678 901"): the Steuer-ID (§ 139b AO)
 * or, when its two check digits say so, a Turkish identity number (T.C. Kimlik No). A leading 0 makes
 * it a phone number instead. Digit groups are counted from each group of a run, so "seit 2024
 * 12345678901 2 mal" still yields the ID while a longer number ("1234 5678 9012 3456") yields nothing.
 */
export function findTaxIds(scan: string): Candidate[] {
  const found: Candidate[] = [];
  // Every layout below holds one of these; most texts hold neither, and DIGIT_RUN is costly to run.
  for (const run of /\d{11}|\d\d \d{3} \d{3} \d\d/.test(scan) ? scan.matchAll(DIGIT_RUN) : []) {
    const groups = run[0].split(' ');
    const starts: number[] = [];
    let at = run.index;
    for (const group of groups) {
      starts.push(at);
      at += group.length + 1;
    }
    // Every way to read eleven digits from a group boundary. Those whose check digits hold are the ID
    // ("Windows 11 100 000 011 09" is the ID from "100", not from "11"); when several hold, all are
    // returned and their union is removed, rather than guess and leave two digits behind.
    const windows = groups
      .map((group, first) => ({ first, last: group.startsWith('0') ? undefined : elevenFrom(groups, first) }))
      .filter((w): w is { first: number; last: number } => w.last !== undefined)
      .map((w) => classify(scan, starts[w.first]!, starts[w.last]! + groups[w.last]!.length));
    const confirmed = windows.filter((w) => w.confidence === Confidence.Confirmed);
    found.push(...(confirmed.length > 0 ? confirmed : windows.slice(0, 1)));
  }
  return found;
}

/** How people group the eleven digits: compact, as printed by the BZSt (2-3-3-3), or by threes. */
const LAYOUTS = new Set(['11', '2,3,3,3', '3,3,3,2']);

/** The index of the group where, counting from group `first`, eleven digits in a known layout end. */
function elevenFrom(groups: string[], first: number): number | undefined {
  let count = 0;
  for (let i = first; i < groups.length; i++) {
    count += groups[i]!.length;
    if (count === 11) return LAYOUTS.has(groups.slice(first, i + 1).map((g) => g.length).join(',')) ? i : undefined;
    if (count > 11) return undefined;
  }
  return undefined;
}

function classify(scan: string, start: number, end: number): Candidate {
  const digits = scan.slice(start, end).replace(/ /g, '');
  if (taxIdValid(digits)) return { kind: 'taxId', start, end, confidence: Confidence.Confirmed };
  if (turkishIdValid(digits)) return { kind: 'idCardNumber', start, end, confidence: Confidence.Confirmed };
  return { kind: 'taxId', start, end, confidence: Confidence.Shape };
}
