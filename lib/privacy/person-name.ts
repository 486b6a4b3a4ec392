import { CueFinder } from './cue-finder';
import { ARABIC_LABELS, ARABIC_STRONG_INTRODUCTIONS, NAMING_INTRODUCTIONS, RELATIONS, SALUTATIONS, STRONG_INTRODUCTIONS, WEAK_INTRODUCTIONS } from './name-cues';
import { ARABIC_SCRIPT } from './name-parts';
import { readName, type NameCue } from './read-name';
import { Confidence, type Candidate, type DetectContext } from './types';

/**
 * Names are found where the text says a name follows (a cue), and taken when the word after the cue is
 * a name: after a salutation ("Frau Dr. Yılmaz", "пані Коваленко", "السيدة فاطمة"), an introduction or a
 * label ("mein Name ist", "Я …", "أنا …", "Name:", "c/o", "i. A."), a relation word ("meine Tochter
 * Leonie", "زوجتي فاطمة", "eşim Ayşe", "the caseworker, Julia Brandt"), before "hier" ("Jens Peters
 * hier"), before a Turkish honorific ("Ahmet Bey") or "family" ("the Nowak family"), and under a closing
 * (signature.ts). Names listed after a name are names too ("Ali, Sara und Mira"). The cue itself stays:
 * it tells the reader who spoke to whom without saying who.
 */

/** Quantifiers before "Frau"/"Herr" make it a noun ("jede Frau Anspruch", "als Frau Probleme"). */
const NOUN_USE = /(?:^|[^\p{L}])(?:jede|jeder|jedem|jeden|keine|keiner|eine|einer|einem|welche|manche|viele|als) $/iu;

/** Later lists win where a word is in two: "Frau" is a salutation before it is a relation. */
const CUES = new CueFinder<NameCue>([
  [RELATIONS, { strength: 'weak', relation: true, anyArabicWord: false }],
  // Arabic script glues "and" to the next word: "أنا وزوجي حسن" (I and my husband Hassan).
  [RELATIONS.filter((word) => ARABIC_SCRIPT.test(word)).map((word) => `و${word}`), { strength: 'weak', relation: true, anyArabicWord: false }],
  [WEAK_INTRODUCTIONS, { strength: 'weak', anyArabicWord: false }],
  [ARABIC_LABELS, { strength: 'strong', anyArabicWord: false }],
  [STRONG_INTRODUCTIONS, { strength: 'strong', anyArabicWord: false }],
  [NAMING_INTRODUCTIONS, { strength: 'strong', anyArabicWord: false, sure: true }],
  [ARABIC_STRONG_INTRODUCTIONS, { strength: 'strong', anyArabicWord: true }],
  [SALUTATIONS, { strength: 'strong', anyArabicWord: true, sure: true }],
]);

/** Name before the cue: "Jens Peters hier", "Fadime Hanım", "the Nowak family", "Yılmaz ailesi". */
const NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?: \p{Lu}[\p{Ll}'’]+)?) (?:hier|here|burada|Bey|Hanım|Hanim|Beyefendi|Hanımefendi|family|ailesi)(?![\p{L}])/gu;

const NAME_BEFORE_CUE = / (?:hier|here|burada|Bey|Han[ıi]m|family|ailesi)/;

export function findPersonNames(scan: string, context: DetectContext): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, end: number) => found.push({ kind: 'personName', start, end, confidence: Confidence.Labelled });
  for (const { start, end, meaning: cue } of CUES.find(scan)) {
    if (cue.sure && NOUN_USE.test(scan.slice(Math.max(0, start - 8), start))) continue;
    // Without case, "frau" may be "wife" ("meine frau arbeitet"); every other sure cue names a name.
    const sure = cue.sure === true && !(context.caseless && /^(?:frau|fr\.)$/i.test(scan.slice(start, end)));
    // A copy only where "sure" changes: this runs for every cue of every text.
    for (const name of readName(scan, end, sure === (cue.sure === true) ? cue : { ...cue, sure }, context)) add(name.start, name.end);
  }
  for (const match of NAME_BEFORE_CUE.test(scan) ? scan.matchAll(NAME_BEFORE) : []) {
    const start = match.index;
    const words = match[1]!;
    // "Ahmet Bey" and "Nowak family" are sure; "X hier" only when X is a name.
    const sure = !/(?:hier|here|burada)$/.test(match[0]);
    const cue = { strength: sure ? 'strong' : 'weak', anyArabicWord: false, before: start + words.length } as const;
    // "Danışmanım Ahmet Bey": when the first of two words is no name, the name is the second alone.
    const names = readName(scan, start, cue, context);
    const second = words.indexOf(' ') + 1;
    for (const name of names.length > 0 || second === 0 ? names : readName(scan, start + second, cue, context)) add(name.start, name.end);
  }
  return found;
}
