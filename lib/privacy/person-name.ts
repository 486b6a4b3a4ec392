import { ARABIC_NAME, LATIN_FULL_NAME, LATIN_NAME, nameWords } from './name-parts';
import { alternation, ARABIC_LETTERS, literal, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Names are only found where the text says a name follows: after a salutation ("Frau Dr. Yılmaz",
 * "пані Коваленко", "السيدة فاطمة", "آقای احمدی"), before a Turkish honorific ("Ahmet Bey"), after
 * "mein Name ist" / "ich heiße", after a caseworker's role ("Sachbearbeiterin Müller"), and as a
 * signature (signature.ts). The salutation itself stays: it tells the reader who spoke to whom
 * without saying who.
 */

const TITLES = String.raw`(?:(?:Dr|Prof|Dipl\.-[\p{L}]+|Mag|Ing|Dr\. med|Dr\. rer\. nat)\.? ?)*`;

const LATIN_SALUTATIONS = ['Herr', 'Herrn', 'Frau', 'Hr.', 'Hrn.', 'Fr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sayın', 'Bay', 'Bayan', 'Madame', 'Monsieur'];
const CYRILLIC_SALUTATIONS = ['пан', 'пані', 'пана', 'панові', 'пане', 'Пан', 'Пані', 'Пана', 'Панові', 'Пане', 'господин', 'госпожа', 'господина', 'госпожи', 'господину', 'госпоже', 'Господин', 'Госпожа', 'Господина', 'Госпожи', 'Господину', 'Госпоже', 'г-н', 'г-жа'];
const ARABIC_SALUTATIONS = ['السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة', 'آقای', 'خانم', 'جناب', 'سرکار خانم', 'دکتر'];

/**
 * Quantifiers before "Frau"/"Herr" make it a noun ("jede Frau Anspruch", "als Frau Probleme"). Articles
 * and possessives do not: "die Frau Müller" and "meine Frau Sabine" name a person.
 */
const NOUN_USE = String.raw`(?<!(?:[Jj]ede|[Jj]eder|[Jj]edem|[Jj]eden|[Kk]eine|[Kk]einer|[Ee]ine|[Ee]iner|[Ee]inem|[Ww]elche|[Mm]anche|[Vv]iele|[Aa]ls) )`;

const SALUTATION = new RegExp(
  String.raw`${START}${NOUN_USE}(?:${alternation([...LATIN_SALUTATIONS, ...CYRILLIC_SALUTATIONS].map(literal))})(?![\p{L}]) ${TITLES}(${LATIN_FULL_NAME})`,
  'dgu',
);
const ARABIC_SALUTATION = new RegExp(String.raw`(?<![${ARABIC_LETTERS}])(?:${alternation(ARABIC_SALUTATIONS)}) (${ARABIC_NAME}|${LATIN_FULL_NAME})`, 'dgu');

/** Turkish puts the honorific after the first name: "Ahmet Bey", "Ayşe Hanım". */
const TURKISH_HONORIFIC = new RegExp(String.raw`${START}(${LATIN_NAME}) (?:Bey|Hanım|Hanim|Beyefendi|Hanımefendi)(?![\p{L}])`, 'dgu');

const INTRODUCTIONS = ['mein Name ist', 'Mein Name ist', 'ich heiße', 'Ich heiße', 'ich heisse', 'Ich heisse', 'my name is', 'My name is', 'мене звати', 'Мене звати', 'мене звуть', 'Мене звуть', 'меня зовут', 'Меня зовут', 'моє ім’я', "моє ім'я", 'benim adım', 'Benim adım', 'Adım', 'İsmim', 'ismim', 'geborene', 'geb.'];
const INTRODUCTION = new RegExp(String.raw`${START}(?:${alternation(INTRODUCTIONS.map(literal))}) (${LATIN_FULL_NAME})`, 'dgu');
const ARABIC_INTRODUCTION = new RegExp(String.raw`(?<![${ARABIC_LETTERS}])(?:اسمي|اسم من|نام من|أنا اسمي) (${ARABIC_NAME}|${LATIN_FULL_NAME})`, 'dgu');

/** "Sachbearbeiterin Müller": a caseworker's role right before a capitalised word. */
const ROLES = ['Sachbearbeiter', 'Sachbearbeiterin', 'Fallmanager', 'Fallmanagerin', 'Arbeitsvermittler', 'Arbeitsvermittlerin', 'Vermittler', 'Vermittlerin', 'Ansprechpartner', 'Ansprechpartnerin', 'Berater', 'Beraterin', 'Teamleiter', 'Teamleiterin', 'Integrationsfachkraft', 'Danışmanım', 'danışmanım'];
const ROLE = new RegExp(String.raw`${START}(?:${alternation(ROLES)}) (${LATIN_NAME})(?![\p{L}])`, 'dgu');

/**
 * Names in group 1 of a pattern compiled with the `d` flag (so the group's offset is known). `cue` is a
 * cheap test for the pattern's fixed words: the full pattern, with its look-behinds, is only run where
 * one of them occurs.
 */
function fromGroup(scan: string, pattern: RegExp, cue: RegExp): Candidate[] {
  const found: Candidate[] = [];
  if (!cue.test(scan)) return found;
  for (const match of scan.matchAll(pattern)) {
    const group = match[1]!;
    const name = nameWords(group);
    if (!name || /^(?:von|van|de|der|den|du|zu|al|el|bin|ibn|da|di|le|la)$/.test(name)) continue;
    const start = match.indices![1]![0];
    found.push({ kind: 'personName', start, end: start + name.length, confidence: Confidence.Labelled });
  }
  return found;
}

const cue = (words: readonly string[]) => new RegExp(alternation(words.map(literal)), 'u');
const SALUTATION_CUE = cue([...LATIN_SALUTATIONS, ...CYRILLIC_SALUTATIONS]);
const ARABIC_SALUTATION_CUE = cue(ARABIC_SALUTATIONS);
const HONORIFIC_CUE = / (?:Bey|Hanım|Hanim)/u;
const INTRODUCTION_CUE = cue(INTRODUCTIONS);
const ARABIC_INTRODUCTION_CUE = /اسمي|اسم من|نام من/u;
const ROLE_CUE = cue(ROLES);

export function findPersonNames(scan: string): Candidate[] {
  return [
    ...fromGroup(scan, SALUTATION, SALUTATION_CUE),
    ...fromGroup(scan, ARABIC_SALUTATION, ARABIC_SALUTATION_CUE),
    ...fromGroup(scan, TURKISH_HONORIFIC, HONORIFIC_CUE),
    ...fromGroup(scan, INTRODUCTION, INTRODUCTION_CUE),
    ...fromGroup(scan, ARABIC_INTRODUCTION, ARABIC_INTRODUCTION_CUE),
    ...fromGroup(scan, ROLE, ROLE_CUE),
  ];
}
