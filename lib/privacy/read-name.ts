import { RELATIONS } from './name-cues';
import { isKnownName } from './name-knowledge';
import { ARABIC_SCRIPT, NOT_A_NAME, NOT_A_NAME_AFTER_WEAK_CUE, NOT_AN_ARABIC_NAME, NOUN_ENDING } from './name-parts';
import type { DetectContext } from './types';

/** What the text said before the place where a name may start. */
export interface NameCue {
  /** Strong: the text says a name follows. Weak: a name is likely, the word must be a known name or look like one. */
  strength: 'strong' | 'weak';
  /** A relation word ("meine Tochter", "زوجتي"): a single capitalised word that is no noun is taken. */
  relation?: boolean;
  /**
   * Any Arabic-script word is taken as the first name (after a salutation or "اسمي"); otherwise only a
   * known name. Words after a known first name are taken unless they are function words.
   */
  anyArabicWord: boolean;
  /** The name must fill its line (a signature): any Arabic-script word after a known name or an initial is taken. */
  fillsLine?: boolean;
  /**
   * The cue surely precedes a name ("Herrn", "Mr", "пан", "меня зовут"): even in a text without case,
   * the next word is one.
   */
  sure?: boolean;
  /** The name ends before this offset (a cue after the name: "Jens Peters hier"). */
  before?: number;
}

export interface NameSpan {
  start: number;
  end: number;
}

/**
 * After the cue: a colon, comma, bracket or a dash between spaces may stand before the name ("Name: …",
 * "Kinder (…", "caseworker, …"); a hyphen glued to the cue makes one word ("Geb.-Datum").
 */
const LEAD = /[ \t]*(?:[:(,][ \t]*|[–—-][ \t]+){0,2}/y;
/** Academic titles stay with the salutation ("Frau Dr. Lorenz"). */
const TITLES = /(?:(?:Dr|Prof|Dipl\.-\p{L}+|Mag|Ing|med|rer\. nat)(?:\. ?| )(?!\p{Ll}))*/uy;
/** One word of a name, or an initial ("D.", "م."). */
const WORD = /(\p{L}\.)(?![\p{L}])|[\p{L}\u200c]+(?:['’-][\p{L}\u200c]+)*/uy;
/** "Mother of", "father of": the start of a kunya. */
const KUNYA = /^(?:أم|ام|أبو|ابو)$/u;
const PARTICLE = /^(?:von|van|de|der|den|du|zu|al|el|bin|ibn|da|di|le|la)$/;
/** Between the names of a list: a comma, "und", "and", "ve", "и", "і", "та"; perhaps a birth date with an asterisk first. */
const LIST_JOIN = /(?:[ \t]*\*[ \t]?[\d./-]{4,10})?(?:[ \t]*,[ \t]*|[ \t]+(?:und|and|ve|и|і|та|y|e|et)[ \t]+)/uy;

/** Persian family names end in -i ("احمدی", "محمدی", "رحیمی"). */
const PERSIAN_FAMILY_NAME = /^\p{L}{3,}[یي]$/u;
const capitalised = (word: string) => /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}|$)/u.test(word);
const isArabic = (word: string) => ARABIC_SCRIPT.test(word);
/** The word without a Turkish case suffix after an apostrophe ("Kita'ya" → "Kita"). */
const base = (word: string) => word.split(/['’]/)[0]!;

/** Relation words are cues, never part of a name ("Danışmanım Ahmet Bey"). */
const RELATION_WORDS = new Set(RELATIONS.map((word) => word.toLowerCase()));

function stopWord(word: string): boolean {
  if (RELATION_WORDS.has(word.toLowerCase())) return true;
  if (isArabic(word)) return NOT_AN_ARABIC_NAME.has(word) || (/^و[\p{L}]{3,}/u.test(word) && !isKnownName(word));
  return NOT_A_NAME.has(word) || NOT_A_NAME.has(base(word)) || PARTICLE.test(word);
}

function nounLike(word: string): boolean {
  return NOUN_ENDING.test(base(word));
}

function initial(word: string): boolean {
  return /^\p{L}\.$/u.test(word);
}

/** Whether `word`, the first after the cue, is a name; `next` is the word after it, if any. */
function firstIsName(word: string, next: string | undefined, cue: NameCue, context: DetectContext): boolean {
  if (stopWord(word) || (cue.strength === 'weak' && NOT_A_NAME_AFTER_WEAK_CUE.has(base(word)))) return false;
  const known = isKnownName(word);
  // "أخي الصغير" (my little brother): after a weak cue a word with the article is a description.
  if (isArabic(word)) {
    // Under a closing, a family name vouches for the given name before it ("زهرا محمدی").
    const vouched = cue.fillsLine === true && next !== undefined && (isKnownName(next) || PERSIAN_FAMILY_NAME.test(next));
    return (known && !(cue.strength === 'weak' && /^ال/.test(word))) || cue.anyArabicWord || vouched;
  }
  // Without case only knowledge tells a name from a word ("дякую, мама трьох дітей"), or a sure salutation.
  if (context.caseless) return known || (cue.sure === true && !nounLike(word));
  if (!capitalised(word)) return false;
  if (known) return true;
  if (nounLike(word)) return false;
  if (cue.strength === 'strong') return true;
  // A weak cue and an unknown word: a full name ("Priya Sharma") or, after a relation word, one
  // capitalised word that is no noun ("mein Sohn Ben").
  const fullName = next !== undefined && !isArabic(next) && capitalised(next) && !stopWord(next) && !nounLike(next);
  return fullName || cue.relation === true;
}

/** Whether `word` continues a name already begun. */
function nextIsName(word: string, cue: NameCue, context: DetectContext): boolean {
  if (stopWord(word)) return false;
  // Family names: known, with the article ("الخطيب"), or Persian ones ending in -i ("احمدی", "محمدی").
  if (isArabic(word)) return isKnownName(word) || /^ال\p{L}{2,}/u.test(word) || PERSIAN_FAMILY_NAME.test(word) || ((cue.anyArabicWord || cue.fillsLine === true) && !/^و/.test(word));
  if (initial(word)) return true;
  // Without case, the word after a name that is no function word is taken: "maria gonzalez" (rather one
  // word too many than a family name left behind).
  if (context.caseless) return !nounLike(word);
  return capitalised(word) && !nounLike(word);
}

function wordAt(scan: string, at: number): { text: string; end: number } | undefined {
  WORD.lastIndex = at;
  const match = WORD.exec(scan);
  return match ? { text: match[0], end: at + match[0].length } : undefined;
}

/** One name starting at `at` (after the lead and titles), or undefined. */
function oneName(scan: string, at: number, cue: NameCue, context: DetectContext): NameSpan | undefined {
  const limit = cue.before ?? scan.length;
  const start = at;
  // Particles before the name belong to it ("Frau von der Heide").
  for (let particle = wordAt(scan, at); particle && PARTICLE.test(particle.text) && scan[particle.end] === ' '; particle = wordAt(scan, at)) at = particle.end + 1;
  const first = wordAt(scan, at);
  if (!first || first.end > limit) return undefined;
  const second = scan[first.end] === ' ' ? wordAt(scan, first.end + 1) : undefined;
  let end: number;
  if (KUNYA.test(first.text) && second && isKnownName(second.text)) {
    // "أم خالد", "أبو أحمد": mother or father of, with the child's name, is how many are called.
    end = second.end;
  } else if (initial(first.text)) {
    // "D. Schröder", "م. الحسن": an initial counts with the name after it.
    const lenient = { ...cue, strength: 'strong' as const, anyArabicWord: cue.anyArabicWord || cue.fillsLine === true };
    if (!second || second.end > limit || !firstIsName(second.text, undefined, lenient, context)) return undefined;
    end = second.end;
  } else {
    if (!firstIsName(first.text, second && second.end <= limit ? second.text : undefined, cue, context)) return undefined;
    end = first.end;
  }
  // Up to two more words, particles between ("Mohammed Al-Hassan", "Anna von der Heide", "Нина Васильевна").
  for (let words = 0, position = end; words < 2 && scan[position] === ' '; ) {
    const word = wordAt(scan, position + 1);
    if (!word || word.end > limit) break;
    position = word.end;
    if (PARTICLE.test(word.text)) continue;
    if (!nextIsName(word.text, cue, context)) break;
    end = word.end;
    words++;
  }
  return { start, end };
}

/**
 * The names at `from` (right after a cue): the first, and any listed after it ("Ali, Sara und Mira",
 * "Lina *03.02.2012, Noah"). Empty when the word there is no name.
 */
export function readName(scan: string, from: number, cue: NameCue, context: DetectContext): NameSpan[] {
  LEAD.lastIndex = from;
  let at = from + (LEAD.exec(scan)?.[0].length ?? 0);
  TITLES.lastIndex = at;
  at += TITLES.exec(scan)?.[0].length ?? 0;
  const names: NameSpan[] = [];
  for (let name = oneName(scan, at, cue, context); name; ) {
    names.push(name);
    LIST_JOIN.lastIndex = name.end;
    const join = LIST_JOIN.exec(scan);
    if (!join) break;
    // In a list a known name or a full name is taken ("Herrn Schulze-Brandt, Raum 3.14" is no list of
    // names); after a relation word ("Дети: Ваня …, Маша …") any capitalised word that is no noun.
    name = oneName(scan, name.end + join[0].length, { ...cue, strength: 'weak' }, context);
  }
  return names;
}
