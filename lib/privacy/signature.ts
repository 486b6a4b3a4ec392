import { CLOSINGS } from './closings';
import { alternation, literal } from './patterns';
import { readName, type NameCue } from './read-name';
import { Confidence, type Candidate, type DetectContext } from './types';

/**
 * A name under a closing: "Viele Grüße\nAnna Schmidt", "MfG D. Schröder", "З повагою,\nОксана Мельник",
 * "مع تحياتي\nسارة حداد", also when more lines follow (phone, address); and a name alone on the last
 * line after a dash ("– Yasemin"). The line must hold nothing but the name: "Ihre Kundin", "ваш
 * клиент", "أحد العملاء" are closings without a name and stay.
 */

/** A closing at the end of a line, or followed on its line by the name. */
const CLOSING = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(CLOSINGS.map(literal))})(?![\p{L}])[,!.،]*[ \t]*(?=\n|[ \t]*[-–—]?[ \t]*\p{L})`, 'giu');
/** What may follow the name on its line. */
const LINE_END = /^[ \t]*[.!,]?[ \t]*(?:\n|$)/;
/** A dash and a name ending the text. */
const DASHED_LAST_LINE = /(?:^|\n)[ \t]*[-–—][ \t]*(?=\S[^\n]*\s*$)/gu;

const SIGNED: NameCue = { strength: 'strong', anyArabicWord: false };

function wholeLine(scan: string, end: number): boolean {
  return LINE_END.test(scan.slice(end, end + 4));
}

export function findSignatures(scan: string, context: DetectContext): Candidate[] {
  const found: Candidate[] = [];
  const take = (from: number) => {
    const [name] = readName(scan, from, SIGNED, context);
    if (name && wholeLine(scan, name.end)) found.push({ kind: 'personName', start: name.start, end: name.end, confidence: Confidence.Labelled });
  };
  for (const match of scan.matchAll(CLOSING)) {
    const end = match.index + match[0].length;
    if (scan[end] === '\n') {
      // The name stands on the next line that holds anything (a blank line may come between).
      const next = /^\n[ \t\n]*(?:[-–—][ \t]*)?/.exec(scan.slice(end))!;
      take(end + next[0].length);
    } else {
      take(end + (/^[ \t]*[-–—]?[ \t]*/.exec(scan.slice(end))?.[0].length ?? 0));
    }
  }
  for (const match of scan.matchAll(DASHED_LAST_LINE)) take(match.index + match[0].length);
  return found;
}
