/**
 * Normalisation before matching. Every view here is a copy of the input with exactly one code unit for
 * each code unit of the input, so an offset found in any view is the offset in the input: detectors
 * match plain ASCII digits, single spaces and predictable capitals, and what they find is cut from what
 * the person wrote. (Separators inside a number are dropped by `separated-number.ts`, which keeps its own
 * map back to the input.)
 */

const LOOK_ALIKES = /[\u00a0\u2000-\u200b\u200e\u200f\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff\u061c\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u2010-\u2015\u2212\u066b\u066c\u060c\u2024\uff0e\uff0f]/g;

function plain(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(48 + code - 0xff10);
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  // Arabic decimal and thousands separators, read the German way round; the Arabic comma is a comma.
  if (code === 0x066b || code === 0x060c) return ',';
  if (code === 0x066c || code === 0x2024 || code === 0xff0e) return '.';
  if (code === 0xff0f) return '/';
  return ' ';
}

/**
 * A number broken across a line ("DE44 5001⏎0517 5407 …", a field that wrapped) is read as one: a line
 * break between a short group holding a digit and a digit becomes a space.
 */
const BROKEN_NUMBER = /(?<=(?<![\p{L}\p{N}])[A-Z0-9]{0,5}\d)\n(?=\d)/gu;

/** Look-alike characters replaced by their ASCII twin, numbers broken across a line joined. */
export function scanText(text: string): string {
  const plainText = text.replace(LOOK_ALIKES, plain);
  return /\d\n\d/.test(plainText) ? plainText.replace(BROKEN_NUMBER, ' ') : plainText;
}

/** Each character in another case, where that keeps it one code unit ("ß" stays "ß"). */
function recase(text: string, pattern: RegExp, to: (char: string) => string): string {
  return text.replace(pattern, (char) => {
    const changed = to(char);
    return changed.length === char.length ? changed : char;
  });
}

const WORD = /(?<![\p{L}])[\p{Script=Latin}\p{Script=Cyrillic}]{2,}/gu;
/** A capitalised word, not an acronym. */
const CAPITALISED = /(?<![\p{L}])\p{Lu}\p{Ll}/gu;

/**
 * Whether the person wrote without case: no capitalised word after the first (acronyms such as "BG"
 * aside), or everything in capitals. Capitals then say nothing about names, nouns or identifiers.
 */
export function isCaseless(scan: string): boolean {
  // Most texts have a capitalised word early on: that answers the question at once.
  const firstWord = /\p{L}+/u.exec(scan);
  CAPITALISED.lastIndex = firstWord ? firstWord.index + firstWord[0].length : 0;
  if (/\p{Ll}/u.test(scan) && CAPITALISED.test(scan)) return false;
  // A short text may hold no capital by chance ("PLZ 01067 wird nicht erkannt").
  return (scan.match(WORD)?.length ?? 0) >= 6;
}

/** Every letter a capital: identifiers typed in lower case ("l01x00t47", "s 12 as 345/24") take their usual shape. */
export function upperView(scan: string): string {
  return recase(scan, /\p{Ll}/gu, (char) => char.toUpperCase());
}

/** Every word capitalised, the rest in lower case: names, streets and towns take their usual shape. */
export function titledView(scan: string): string {
  const lower = recase(scan, /\p{Lu}/gu, (char) => char.toLowerCase());
  return recase(lower, /(?<![\p{L}\p{N}'’])\p{Ll}/gu, (char) => char.toUpperCase());
}
