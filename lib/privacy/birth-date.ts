import { DATE, FULL_DATE, yearOf } from './dates';
import { onFirstUse, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Words that say a date is a birth date, before it ("geb. am", "Geburtsdatum:", "народилася", "تاريخ
 * الميلاد", "تاریخ تولد") or after it ("… geboren", "… doğumluyum"). Other dates — deadlines, appointments,
 * "Änderung seit 01.03.2025" — are kept: they explain the problem and identify nobody.
 */
const BEFORE = [
  String.raw`geb\.(?:-Datum)?`, 'geboren', 'geborene?', 'Geburtsdatum', 'Geburtstag', 'Jahrgang',
  'born', 'date of birth', 'birth date', 'birthday', 'DOB',
  String.raw`народи\p{L}*`, String.raw`народжен\p{L}*`, 'дата народження', 'день народження',
  String.raw`родил\p{L}*`, 'дата рождения', 'день рождения',
  String.raw`do[gğ]um tarih\p{L}*`, String.raw`do[gğ]um gün\p{L}*`, String.raw`do[gğ]umlu\p{L}*`, 'doğdum',
  'تاريخ الميلاد', String.raw`تاريخ ميلاد\p{L}*`, 'مواليد', 'ولدت', 'وُلدت', 'ولد', 'عيد ميلادي', String.raw`مولود\p{L}*`,
  'تاریخ تولد', 'متولد', 'زادروز', 'روز تولد',
].join('|');
const AFTER = [
  'geboren', 'zur Welt gekommen', 'auf die Welt gekommen', String.raw`do[gğ]umlu\p{L}*`, 'doğdum', String.raw`народи\p{L}*`, String.raw`родил\p{L}*`,
  String.raw`р\. ?н\.`, String.raw`г\. ?р\.`, 'року народження', 'года рождения', 'ولدت', String.raw`به دنیا آمد\p{L}*`, 'متولد',
].join('|');
/** An asterisk before a date is the genealogists' (and forms') sign for "born": "Lina *03.02.2012". */
const ASTERISK_DATE = onFirstUse(() => new RegExp(String.raw`\*[ \t]?((?:${FULL_DATE})|(?:19|20)\d{2}(?!\d))`, 'giu'));
/** What stands between the dates of a list. */
const JOIN = String.raw`[ \t]*(?:[,،]|und|and|ve|и|і|та|y|و)[ \t]*(?:(?:und|and|ve|и|і|та|و)[ \t]+)?`;
const JOINS_AFTER = /^[ \t]*(?:[,،]|und|and|ve|и|і|та|y|و)/u;
const JOINS_BEFORE = /(?:[,،]|und|and|ve|и|і|та|y|و)[ \t]*$/u;
/** A join and a date right after a birth date ("…, 2014 und 2019"). */
const NEXT_IN_LIST = onFirstUse(() => new RegExp(String.raw`${JOIN}(${DATE})`, 'iuy'));
/** A date and a join right before a birth date ("2011, 2014 und …"), read on the text before it. */
const PREVIOUS_IN_LIST = onFirstUse(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(${DATE})${JOIN}$`, 'iu'));

/** Between label and date: a few words, but not the end of a sentence. */
const GAP = String.raw`[^\d\n.!?;]{0,25}?`;

const LABEL_THEN_DATE = onFirstUse(() => new RegExp(String.raw`${START}(?:${BEFORE})(?![\p{L}])${GAP}(?<![\p{N}])(${DATE})`, 'giu'));
const DATE_THEN_LABEL = onFirstUse(() => new RegExp(String.raw`${START}(${DATE})${GAP}(?<![\p{L}])(?:${AFTER})(?![\p{L}])`, 'giu'));
const ANY_FULL_DATE = onFirstUse(() => new RegExp(String.raw`${START}(?:${FULL_DATE})`, 'giu'));
/**
 * Without a birth-date word there is nothing to find. The words are looked for without the checks for
 * whole words first: checking what stands before every position of the text costs more than the words.
 */
const ANY_LABEL_WORD = onFirstUse(() => new RegExp(String.raw`${BEFORE}|${AFTER}`, 'iu'));
const LABEL_BEFORE = onFirstUse(() => new RegExp(String.raw`(?<![\p{L}])(?:${BEFORE})(?![\p{L}])`, 'iu'));
const LABEL_AFTER = onFirstUse(() => new RegExp(String.raw`(?<![\p{L}])(?:${AFTER})(?![\p{L}])`, 'iu'));

export function findBirthDates(scan: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\d/.test(scan)) return found;
  // Each pattern below holds its label as a whole word: without one, it cannot match.
  const labelWord = ANY_LABEL_WORD().test(scan);
  const before = labelWord && LABEL_BEFORE().test(scan);
  const after = labelWord && LABEL_AFTER().test(scan);
  if (!before && !after && !/\*[ \t]?\d/.test(scan)) return found;
  for (const match of scan.includes('*') ? scan.matchAll(ASTERISK_DATE()) : []) {
    const end = match.index + match[0].length;
    found.push({ kind: 'birthDate', start: end - match[1]!.length, end, confidence: Confidence.Labelled });
  }
  for (const match of before ? scan.matchAll(LABEL_THEN_DATE()) : []) {
    const end = match.index + match[0].length;
    found.push({ kind: 'birthDate', start: end - match[1]!.length, end, confidence: Confidence.Labelled });
  }
  for (const match of after ? scan.matchAll(DATE_THEN_LABEL()) : []) {
    // Only full dates, month and year, or a year stand before "geboren"; "Schritt 3 … geboren" is no date.
    if (!/\d{4}|\d\.\d/.test(match[1]!) && !/\p{L}/u.test(match[1]!)) continue;
    found.push({ kind: 'birthDate', start: match.index, end: match.index + match[1]!.length, confidence: Confidence.Labelled });
  }
  if (found.length === 0) return found;
  found.push(...listed(scan, found));
  // The same birth date often comes back in another spelling or with day and month swapped
  // ("geb. 12.03.1985 … im Bescheid steht 1985-12-03"): a full date of a birth year is one too.
  const years = new Set(found.map((f) => yearOf(scan.slice(f.start, f.end))).filter((y) => y !== undefined));
  for (const match of scan.matchAll(ANY_FULL_DATE())) {
    const year = yearOf(match[0]);
    if (year !== undefined && years.has(year)) found.push({ kind: 'birthDate', start: match.index, end: match.index + match[0].length, confidence: Confidence.Shape });
  }
  return found;
}

/** Dates listed with a birth date ("2011, 2014 und 2019 geboren", "born 2015 and 2018") are birth dates too. */
function listed(scan: string, births: readonly Candidate[]): Candidate[] {
  const more: Candidate[] = [];
  const add = (start: number, end: number) => more.push({ kind: 'birthDate', start, end, confidence: Confidence.Labelled });
  for (const birth of births) {
    // Most birth dates stand alone; the date patterns are only tried where a list goes on.
    if (!JOINS_AFTER.test(scan.slice(birth.end, birth.end + 6)) && !JOINS_BEFORE.test(scan.slice(Math.max(0, birth.start - 6), birth.start))) continue;
    for (let end = birth.end; ; ) {
      const nextInList = NEXT_IN_LIST();
      nextInList.lastIndex = end;
      const next = nextInList.exec(scan);
      if (!next) break;
      end = next.index + next[0].length;
      add(end - next[1]!.length, end);
    }
    for (let start = birth.start; ; ) {
      const previous = PREVIOUS_IN_LIST().exec(scan.slice(Math.max(0, start - 40), start));
      if (!previous) break;
      start = Math.max(0, start - 40) + previous.index;
      add(start, start + previous[1]!.length);
    }
  }
  return more;
}
