import { alternation, ARABIC_LETTERS, literal } from './patterns';

/** A cue as written, any case, any run of spaces where it has one. */
function cueWord(word: string): string {
  return literal(word).replace(/ /g, String.raw`\s+`).replace(/['’]/g, `['’]`);
}

/**
 * Every occurrence of one of `words` as a whole word (case-insensitive), ending where the name would
 * start. `guard` is a look-behind that rules some uses out.
 */
export function cuePattern(words: readonly string[], guard = ''): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${guard}(?:${alternation(words.map(cueWord))})(?![\p{L}])`, 'giu');
}

/** Cues in Arabic script: not glued to another Arabic letter. */
export function arabicCuePattern(words: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![${ARABIC_LETTERS}])(?:${alternation(words.map(literal))})(?![${ARABIC_LETTERS}])`, 'gu');
}
