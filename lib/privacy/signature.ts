import { CLOSINGS } from './closings';
import { alternation, literal, onFirstUse } from './patterns';
import { CueFinder } from './cue-finder';
import { readName, type NameCue } from './read-name';
import { Confidence, type Candidate, type DetectContext } from './types';

/**
 * A name under a closing: "Viele Grüße\nAnna Schmidt", "MfG D. Schröder", "З повагою,\nОксана Мельник",
 * "مع تحياتي\nسارة حداد", also when more lines follow (phone, address); and a name alone on the last
 * line after a dash ("– Yasemin"). The line must hold nothing but the name: "Ihre Kundin", "ваш
 * клиент", "أحد العملاء" are closings without a name and stay.
 */

/** Closings anywhere in a line ("Thanks for your help,", "Viele Grüße von …", "MfG D. Schröder"). */
const CLOSING = new CueFinder([[CLOSINGS, true]]);
const AFTER_CLOSING = /[,!.،]*/y;
const CLOSING_ONLY = onFirstUse(() => new RegExp(String.raw`^(?:${alternation(CLOSINGS.map(literal))})$`, 'iu'));
/** What may follow the name on its line. */
const LINE_END = /^[ \t]*[.!,]?[ \t]*(?:\n|$)/;
/** A dash before the name. */
const DASH = /[ \t]*(?:[-–—][ \t]*)?/y;
/** A dash and a name ending the text. */
const DASHED_LAST_LINE = /(?:^|\n)[ \t]*[-–—][ \t]*(?=\S[^\n]*\s*$)/gu;

const SIGNED: NameCue = { strength: 'strong', anyArabicWord: false, fillsLine: true };

export function findSignatures(scan: string, context: DetectContext): Candidate[] {
  const found: Candidate[] = [];
  const take = (from: number) => {
    DASH.lastIndex = from;
    const [name] = readName(scan, from + (DASH.exec(scan)?.[0].length ?? 0), SIGNED, context);
    // A second closing on the next line ("Teşekkürler⏎Saygılarımla") is no name.
    if (name && LINE_END.test(scan.slice(name.end, name.end + 4)) && !CLOSING_ONLY().test(scan.slice(name.start, name.end))) found.push({ kind: 'personName', start: name.start, end: name.end, confidence: Confidence.Labelled });
  };
  for (const closing of CLOSING.find(scan)) {
    AFTER_CLOSING.lastIndex = closing.end;
    const end = closing.end + (AFTER_CLOSING.exec(scan)?.[0].length ?? 0);
    const lineEnd = scan.indexOf('\n', end);
    // The name after the closing on its line ("MfG, Jürgen Weiß"), or alone on the next line that holds anything.
    take(end);
    if (lineEnd !== -1) take(lineEnd + /^\n[ \t\n]*/.exec(scan.slice(lineEnd))![0].length);
  }
  for (const match of /[-–—]/.test(scan) ? scan.matchAll(DASHED_LAST_LINE) : []) take(match.index + match[0].length);
  return found;
}
