/**
 * Finds any of several lists of cues in one pass over the words of a text and says which list each
 * occurrence belongs to. Each word is looked up by itself; only where a cue starts with it is the rest
 * of the cue compared. With some 400 cues that is far faster than one regex alternation, which tries
 * every cue at every position.
 */
export class CueFinder<T> {
  /**
   * First word of a cue, as written, in lower case, capitalised and in capitals, with the cues starting
   * with it, longest first; filed under the word's start key, so a word of the text is looked up without
   * being cut out of it.
   */
  private readonly byStart = new Map<number, Array<{ spelling: string; entries: Array<{ cue: string; meaning: T }> }>>();

  /** `T` is what a list stands for; where a cue is in two lists, the later list wins. */
  constructor(lists: ReadonlyArray<readonly [readonly string[], T]>) {
    const meanings = new Map<string, { meaning: T; written: string }>();
    for (const [words, meaning] of lists) for (const word of words) meanings.set(normal(word), { meaning, written: word });
    for (const [cue, { meaning, written }] of meanings) {
      const first = FIRST_WORD.exec(cue)?.[0];
      if (!first) continue;
      // Every usual spelling of the first word is a key ("mfg", "MFG", "Mfg", "MfG" as listed), so a word
      // of the text is looked up as it stands.
      const spellings = [first, first.toUpperCase(), first.charAt(0).toUpperCase() + first.slice(1), FIRST_WORD.exec(written)?.[0] ?? first];
      for (const spelling of new Set(spellings)) {
        const key = startKey(spelling);
        CUE_STARTS.add(key);
        const bucket = this.byStart.get(key) ?? [];
        let filed = bucket.find((entry) => entry.spelling === spelling);
        if (!filed) bucket.push((filed = { spelling, entries: [] }));
        filed.entries.push({ cue, meaning });
        filed.entries.sort((a, b) => b.cue.length - a.cue.length);
        this.byStart.set(key, bucket);
      }
    }
  }

  /** Every cue in `scan` that stands as whole words, in any usual case, with where it ends and what it stands for. */
  find(scan: string): Array<{ start: number; end: number; meaning: T }> {
    const found: Array<{ start: number; end: number; meaning: T }> = [];
    const words = wordsOf(scan);
    for (let i = 0; i < words.length; i += 3) {
      const start = words[i]!;
      const length = words[i + 1]! - start;
      const entries = this.byStart.get(words[i + 2]!)?.find(({ spelling }) => spelling.length === length && scan.startsWith(spelling, start))?.entries;
      if (!entries) continue;
      for (const { cue, meaning } of entries) {
        const end = start + cue.length;
        if (cue.length !== length && normal(scan.slice(start, end)) !== cue) continue;
        // A cue that ends in a letter must end with its word ("Frau", not "Frauen").
        if (cue.length !== length && /\p{L}$/u.test(cue) && /[\p{L}\p{N}]/u.test(scan[end] ?? '')) continue;
        found.push({ start, end, meaning });
        break;
      }
    }
    return found;
  }
}

const FIRST_WORD = /^[\p{L}\p{M}\u200c]+/u;

/**
 * Whether a code unit belongs to a word: Latin, Greek, Cyrillic and Arabic-script letters and marks, and
 * the Persian zero-width non-joiner. Read by code, not by a Unicode regex, because this runs on every
 * character of every text.
 */
function inWord(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x52f) ||
    (code >= 0x620 && code <= 0x65f) ||
    (code >= 0x66e && code <= 0x6d3) ||
    (code >= 0x6d5 && code <= 0x6ef) ||
    (code >= 0x6fa && code <= 0x6ff) ||
    code === 0x200c
  );
}

/**
 * The first three code units of a word folded into one small integer, so a word is tested and looked up
 * without cutting it out of the text. Words that share a key are told apart by comparing their spelling.
 */
function startKey(text: string, at = 0, end = text.length): number {
  const a = text.charCodeAt(at);
  const b = at + 1 < end ? text.charCodeAt(at + 1) : 0;
  const c = at + 2 < end ? text.charCodeAt(at + 2) : 0;
  // Within 30 bits, so the engine keeps it as a small integer rather than a boxed number.
  return ((a << 16) ^ (b << 8) ^ c) & 0x3fffffff;
}

/** The start keys of the first words of every cue of every finder: most words of a text start otherwise. */
const CUE_STARTS = new Set<number>();

/** The words of the text last asked about: names and signatures both look for cues in the same view. */
let lastScan: string | undefined;
let lastWords: number[] = [];

/**
 * The words of `scan` that may start a cue, as start, end and start key, three numbers a word; a word
 * glued to a digit ("12a") is none.
 */
function wordsOf(scan: string): number[] {
  if (scan === lastScan) return lastWords;
  lastScan = scan;
  lastWords = [];
  for (let at = 0; at < scan.length; ) {
    if (!inWord(scan.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < scan.length && inWord(scan.charCodeAt(end))) end++;
    const before = scan.charCodeAt(at - 1);
    const key = startKey(scan, at, end);
    if (CUE_STARTS.has(key) && !(before >= 48 && before <= 57)) lastWords.push(at, end, key);
    at = end;
  }
  return lastWords;
}

/** Lower case, one kind of apostrophe. */
function normal(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}
