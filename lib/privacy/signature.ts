import { LATIN_FULL_NAME, LATIN_NAME, nameWords, PARTICLE } from './name-parts';
import { alternation, ARABIC_LETTERS, literal } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * A name under a closing ends the text: "Viele Grüße\nAnna Schmidt", "MfG, Jürgen Weiß",
 * "З повагою,\nОксана Мельник", "مع تحياتي،\nمحمد العلي". Only the last line is read.
 */

const CLOSINGS = [
  'mit freundlichen Grüßen', 'freundliche Grüße', 'freundlichen Gruß', 'viele Grüße', 'beste Grüße', 'liebe Grüße', 'herzliche Grüße', 'schöne Grüße',
  'Grüße', 'Gruß', 'MfG', 'LG', 'VG', 'danke', 'vielen Dank', 'Best regards', 'Kind regards', 'Regards', 'Best', 'Thanks', 'Thank you', 'Cheers',
  'Sincerely', 'Yours', 'З повагою', 'Дякую', 'З найкращими побажаннями', 'С уважением', 'Спасибо', 'Благодарю', 'Saygılarımla', 'Saygılar',
  'Teşekkürler', 'Teşekkür ederim', 'İyi günler', 'مع تحياتي', 'مع خالص التحية', 'مع الشكر', 'تحياتي', 'شكرا', 'شكرًا', 'شكراً',
  'با احترام', 'با سپاس', 'ممنون', 'سپاسگزارم', 'با تشکر',
];
const CLOSING = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(CLOSINGS.map(literal))})(?![\p{L}])`, 'iu');

/** The last line holds only a name: one to three words, perhaps an initial, perhaps a dash before. */
const SIGNATURE_LINE = new RegExp(String.raw`^[ \t]*(?:[-–—] ?)?((?:${LATIN_NAME}|\p{Lu}\.)(?: (?:${PARTICLE} )?(?:${LATIN_NAME}|\p{Lu}\.)){0,2}|[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+){0,2})[ \t]*[.!]?\s*$`, 'u');
/** Closing and name on one line: "MfG, Jürgen Weiß", "Danke, Anna". */
const SIGNED_CLOSING = new RegExp(String.raw`(?:${alternation(CLOSINGS.map(literal))})[,!.]? (${LATIN_FULL_NAME}|[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+){0,2})[ \t]*[.!]?\s*$`, 'iu');

export function findSignatures(scan: string): Candidate[] {
  // A signature ends the text, so only its last line is searched.
  const lastLine = scan.trimEnd().lastIndexOf('\n') + 1;
  const line = SIGNATURE_LINE.exec(scan.slice(lastLine));
  if (line && lastLine > 0 && !CLOSING.test(line[1]!)) {
    const lineStart = lastLine + line[0].indexOf(line[1]!);
    // A closing within the two lines above the name makes it a signature.
    const above = scan.slice(0, lastLine).trimEnd().split('\n').slice(-2).join('\n');
    const name = nameWords(line[1]!);
    if (name && CLOSING.test(above)) return [{ kind: 'personName', start: lineStart, end: lineStart + name.length, confidence: Confidence.Labelled }];
  }
  const signed = SIGNED_CLOSING.exec(scan.slice(lastLine));
  if (signed) {
    const name = nameWords(signed[1]!);
    const start = lastLine + signed.index + signed[0].indexOf(signed[1]!);
    if (name && !CLOSING.test(name)) return [{ kind: 'personName', start, end: start + name.length, confidence: Confidence.Labelled }];
  }
  return [];
}
