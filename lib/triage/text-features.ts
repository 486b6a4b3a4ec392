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
const GERMAN_ENDING = /(?:em|er|nd|e|s|n)$/;
const ENGLISH_ENDING = /(?:ing|es|ed|s)$/;
const MIN_STEM = 4;

function stem(word: string, language: Language): string {
  if (language === 'de') {
    let stemmed = word.replace(/ae|oe|ue/g, (pair) => pair[0]!);
    for (let match = GERMAN_ENDING.exec(stemmed); match && stemmed.length - match[0].length >= MIN_STEM; match = GERMAN_ENDING.exec(stemmed)) {
      stemmed = stemmed.slice(0, -match[0].length);
    }
    return stemmed;
  }
  if (language === 'en') {
    const match = ENGLISH_ENDING.exec(word);
    return match && word.length - match[0].length >= MIN_STEM ? word.slice(0, -match[0].length) : word;
  }
  return word;
}

/** Function words that carry no meaning of their own, so "the form is unclear" and "form unclear" meet. */
const STOP_WORDS: Partial<Record<Language, ReadonlySet<string>>> = {
  de: new Set('der die das den dem des ein eine einen einem einer und oder ist sind war hier da bei zu zum zur im in am an auf mit von fur fuer es ich wir sie man nicht auch so wie was dass ob'.split(' ')),
  en: new Set('the a an and or is are was be to of in on at for with it this that i we you not so as by'.split(' ')),
};

/** Lower case in the text's own language (Turkish "I" is "ı"), marks and letter variants folded. */
export function normaliseText(text: string, language: Language): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(language)
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(ARABIC_VARIANT, (char) => ARABIC_VARIANTS[char]!);
}

/** The words of a text as compared: normalised, numbers as one token, function words left out, endings stripped. */
export function words(text: string, language: Language): string[] {
  const stops = STOP_WORDS[language];
  const result: string[] = [];
  for (const word of normaliseText(text, language).split(NOT_WORD)) {
    if (!word || stops?.has(word)) continue;
    result.push(NUMBER.test(word) ? '0' : stem(word, language));
  }
  return result;
}

/** FNV-1a over UTF-16 code units: a fast 32-bit hash of a word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The text's word shingles (pairs of neighbouring words; single words for a one-word text) as sorted,
 * distinct 32-bit hashes. Pairs keep word order, so "Miete statt Kaution" and "Kaution statt Miete" differ.
 */
export function shingles(text: string, language: Language): Uint32Array {
  const hashes = words(text, language).map(hashWord);
  const pairs: number[] = [];
  if (hashes.length === 1) pairs.push(hashes[0]!);
  for (let i = 1; i < hashes.length; i++) pairs.push((Math.imul(hashes[i - 1]!, 0x9e3779b1) ^ hashes[i]!) >>> 0);
  const sorted = Uint32Array.from(pairs).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.subarray(0, distinct);
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
