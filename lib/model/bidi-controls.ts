/**
 * Characters that reorder the text around them without being seen (Trojan Source, CVE-2021-42574): in a
 * suggestion they could make a public answer, a CSV cell or a review read differently from what is
 * stored. They are kept as data, but every view and export shows them as visible tokens.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const codePointOf = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with each invisible direction control replaced by a visible token such as `[U+202E]`. */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (character) => `[${codePointOf(character)}]`);
}

/** `text` cut into plain pieces and direction controls (`control` names the code point), for views that mark them. */
export function splitBidiControls(text: string): Array<{ text: string; control?: string }> {
  const pieces: Array<{ text: string; control?: string }> = [];
  let at = 0;
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ text: match[0], control: codePointOf(match[0]) });
    at = match.index + 1;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** JSON text with direction controls written as `\u202e` escapes: the same data, visible in any editor. */
export function escapeBidiControlsInJson(json: string): string {
  return json.replace(BIDI_CONTROLS, (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
