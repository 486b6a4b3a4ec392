import type { Language } from '../model';

/**
 * What two suggestions are compared by: their words after a normalisation that knows our seven
 * languages, so "Heizkosten-Nachweis" and "heizkosten nachweise" or "كتاب" and "کتاب" count as the same
 * text. Deliberately light (no dictionary): near-duplicate detection must not merge suggestions that
 * only share a topic, and it runs on 100,000 texts in the browser.
 */

/** Arabic letters that Persian writes with its own code points: one form, so the two scripts meet. */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا' };
const ARABIC_VARIANT = /[يىكةأإآ]/g;
/** Combining marks (umlaut dots after NFD, Arabic harakat, the Cyrillic breve) and the Arabic tatweel. */
const MARKS = /[\p{Mn}\u0640]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const NUMBER = /^\p{N}+$/u;

/**
 * Inflection endings stripped from longer words, repeatedly, as CISTEM (Weissweiler & Fraser 2017) does
 * for German: "Nachweise", "Nachweis" and "Nachweisen" all end as "nachwei". English loses plural and
 * verb endings once. Other languages keep their words whole; their marks and letter variants are still
 * folded.
 */
const MIN_STEM = 4;
const [E, M, N, R, D, S] = ['e', 'm', 'n', 'r', 'd', 's'].map((char) => char.charCodeAt(0)) as [number, number, number, number, number, number];

/** CISTEM's loop over "em", "er", "nd", "e", "s", "n", by character codes (it runs for every new word of a large import). */
function germanStem(word: string): string {
  const folded = word.includes('e') ? word.replace(/([aou])e/g, '$1') : word;
  let end = folded.length;
  while (end > MIN_STEM) {
    const last = folded.charCodeAt(end - 1);
    const before = folded.charCodeAt(end - 2);
    if ((before === E && (last === M || last === R)) || (before === N && last === D)) {
      if (end - 2 < MIN_STEM) break;
      end -= 2;
    } else if (last === E || last === S || last === N) end -= 1;
    else break;
  }
  return folded.slice(0, end);
}

const ENGLISH_ENDINGS = ['ing', 'es', 'ed', 's'];

function stem(word: string, language: Language): string {
  if (language === 'de') return germanStem(word);
  if (language === 'en') {
    const ending = ENGLISH_ENDINGS.find((candidate) => word.endsWith(candidate));
    return ending && word.length - ending.length >= MIN_STEM ? word.slice(0, -ending.length) : word;
  }
  return word;
}

/** Function words that carry no meaning of their own, so "the form is unclear" and "form unclear" meet. */
const STOP_WORDS: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set('der die das den dem des ein eine einen einem einer und oder ist sind war hier da bei zu zum zur im in am an auf mit von fur fuer es ich wir sie man nicht auch so wie was dass ob'.split(' ')),
  en: new Set('the a an and or is are was be to of in on at for with it this that i we you not so as by'.split(' ')),
};

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case in the text's own language (Turkish "I" is "ı"), marks and letter variants folded. */
export function normaliseText(text: string, language: Language): string {
  // Plain ASCII has nothing to fold (except in Turkish, where "I" lowers to "ı"): spare the copies.
  if (language !== 'tr' && ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(language)
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(ARABIC_VARIANT, (char) => ARABIC_VARIANTS[char]!);
}

/** A word as compared (stem or "0"), or null for a function word. */
function compared(word: string, language: Language): string | null {
  if (STOP_WORDS[language]?.has(word)) return null;
  return NUMBER.test(word) ? '0' : stem(word, language);
}

/** The words of a text as compared: normalised, numbers as one token, function words left out, endings stripped. */
export function words(text: string, language: Language): string[] {
  return normaliseText(text, language)
    .split(NOT_WORD)
    .map((word) => (word ? compared(word, language) : null))
    .filter((word) => word !== null);
}

/** FNV-1a over UTF-16 code units: a fast 32-bit hash of a word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The hash each written word becomes (−1 for a function word), per language: people repeat the same
 * few thousand words, so on a large import nearly every word is looked up rather than stemmed again.
 * Bounded, so a flood of distinct words cannot grow it without limit.
 */
const CACHE_LIMIT = 200_000;
const hashCache = new Map<Language, Map<string, number>>();
/** Reused between calls: the shingles of one text before they are sorted and made distinct. */
let scratch = new Uint32Array(256);

/** The shingles of one text into `scratch` (unsorted, with repeats); returns how many. */
function shinglesIntoScratch(text: string, language: Language): number {
  let known = hashCache.get(language);
  if (!known || known.size > CACHE_LIMIT) hashCache.set(language, (known = new Map()));
  const tokens = normaliseText(text, language).split(NOT_WORD);
  if (scratch.length < tokens.length) scratch = new Uint32Array(tokens.length * 2);
  let count = 0;
  let seen = 0;
  let previous = 0;
  for (const token of tokens) {
    if (!token) continue;
    let hash = known.get(token);
    if (hash === undefined) {
      const form = compared(token, language);
      known.set(token, (hash = form === null ? -1 : hashWord(form)));
    }
    if (hash < 0) continue;
    if (seen++ > 0) scratch[count++] = Math.imul(previous, 0x9e3779b1) ^ hash;
    previous = hash;
  }
  if (seen === 1) scratch[count++] = previous;
  return count;
}

/** Sort the first `count` values of `scratch` and move the distinct ones to its front; returns how many. */
function distinctScratch(count: number): number {
  const sorted = scratch.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return distinct;
}

/**
 * The text's word shingles (pairs of neighbouring words; the single word of a one-word text) as sorted,
 * distinct 32-bit hashes. Pairs keep word order, so "Miete statt Kaution" and "Kaution statt Miete"
 * differ. The same as hashing `words(text)` pairwise, built without intermediate arrays.
 */
export function shingles(text: string, language: Language): Uint32Array {
  return scratch.slice(0, distinctScratch(shinglesIntoScratch(text, language)));
}

/** Shingle sets of many texts packed in one array: text i's set is `data[start[i]]…data[start[i + 1]]`. */
export interface PackedShingles {
  data: Uint32Array;
  start: Int32Array;
}

/** `shingles` for every text, in one allocation rather than one per text (an import has 100,000). */
export function packShingles(texts: ReadonlyArray<{ text: string; language: Language }>): PackedShingles {
  let data = new Uint32Array(texts.length * 16);
  const start = new Int32Array(texts.length + 1);
  let end = 0;
  texts.forEach(({ text, language }, index) => {
    const count = distinctScratch(shinglesIntoScratch(text, language));
    if (end + count > data.length) {
      const grown = new Uint32Array(Math.max(data.length * 2, end + count));
      grown.set(data.subarray(0, end));
      data = grown;
    }
    data.set(scratch.subarray(0, count), end);
    start[index] = end;
    end += count;
    start[index + 1] = end;
  });
  return { data, start };
}

/** Jaccard similarity of texts `a` and `b` of a packed set (read in place: it runs for every candidate pair). */
export function packedJaccard({ data, start }: PackedShingles, a: number, b: number): number {
  let i = start[a]!;
  let j = start[b]!;
  const aEnd = start[a + 1]!;
  const bEnd = start[b + 1]!;
  const total = aEnd - i + (bEnd - j);
  if (total === 0) return 1;
  let shared = 0;
  while (i < aEnd && j < bEnd) {
    const x = data[i]!;
    const y = data[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (total - shared);
}

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, distinct shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
