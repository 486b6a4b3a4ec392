/**
 * A copy of the input in which look-alike characters are replaced by their plain ASCII twin, one code
 * unit for one code unit, so every offset found in the copy is an offset in the input.
 *
 * Why: Arabic and Persian writers often type their own digits (٠١٢ / ۰۱۲), phones insert no-break or
 * narrow spaces into numbers, and right-to-left text carries invisible direction marks in the middle of
 * an IBAN. Detectors then only need to know ASCII digits, plain spaces and the hyphen.
 */

const LOOK_ALIKES = /[\u00a0\u2000-\u200b\u200e\u200f\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff\u061c\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u2010-\u2015\u2212\u066b\u066c]/g;

function plain(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(48 + code - 0xff10);
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  // Arabic decimal and thousands separators, read the German way round.
  if (code === 0x066b) return ',';
  if (code === 0x066c) return '.';
  return ' ';
}

export function scanText(text: string): string {
  return text.replace(LOOK_ALIKES, plain);
}
