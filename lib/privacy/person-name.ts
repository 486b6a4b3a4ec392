import { alternation, ARABIC_LETTERS, START } from './patterns';
import { Confidence, type Candidate } from './types';

/**
 * Names are only found where the text says a name follows: after a salutation ("Frau Dr. Yılmaz",
 * "пані Коваленко", "السيدة فاطمة", "آقای احمدی"), before a Turkish honorific ("Ahmet Bey"), after
 * "mein Name ist" / "ich heiße", after a caseworker's role ("Sachbearbeiterin Müller"), and as the
 * signature under a closing ("Viele Grüße\nAnna Schmidt"). The salutation itself stays: it tells the
 * reader who spoke to whom without saying who.
 */

/** A capitalised name in Latin or Cyrillic script, with hyphens and apostrophes ("Schulze-Brandt", "O'Neill"). */
const LATIN_NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*`;
const PARTICLE = String.raw`(?:von|van|de|der|den|du|zu|al|el|bin|ibn|da|di|le|la)`;
/** Up to two names, particles between ("Anna Schmidt", "von der Heide", "Kerstin M."). */
const LATIN_FULL_NAME = String.raw`(?:${PARTICLE} ){0,2}${LATIN_NAME}(?: (?:${PARTICLE} ){0,2}(?:${LATIN_NAME}|\p{Lu}\.))?`;
const ARABIC_NAME = String.raw`[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+)?`;

const TITLES = String.raw`(?:(?:Dr|Prof|Dipl\.-[\p{L}]+|Mag|Ing|Dr\. med|Dr\. rer\. nat)\.? ?)*`;

const LATIN_SALUTATIONS = ['Herr', 'Herrn', 'Frau', 'Hr.', 'Hrn.', 'Fr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Sayın', 'Bay', 'Bayan', 'Madame', 'Monsieur'];
const CYRILLIC_SALUTATIONS = ['пан', 'пані', 'пана', 'панові', 'пане', 'Пан', 'Пані', 'Пана', 'Панові', 'Пане', 'господин', 'госпожа', 'господина', 'госпожи', 'господину', 'госпоже', 'Господин', 'Госпожа', 'Господина', 'Госпожи', 'Господину', 'Госпоже', 'г-н', 'г-жа'];
const ARABIC_SALUTATIONS = ['السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة', 'آقای', 'خانم', 'جناب', 'سرکار خانم', 'دکتر'];

function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

/** Capitalised words that follow a salutation or role but are not names. */
const NOT_A_NAME = new Set([
  'Sachbearbeiterin', 'Sachbearbeiter', 'Kollegin', 'Kollege', 'Doktor', 'Ministerin', 'Minister', 'Präsident', 'Präsidentin', 'Vorsitzende',
  'Vorsitzender', 'Bürgermeister', 'Bürgermeisterin', 'Professor', 'Professorin', 'Anwalt', 'Anwältin', 'Richter', 'Richterin', 'Direktor',
  'Direktorin', 'Leiterin', 'Leiter', 'Jobcenter', 'Team', 'Bescheid', 'Termin', 'Termine', 'Unterlagen', 'Auskunft', 'Antrag', 'Anträge',
  'Formular', 'Post', 'Zeit', 'Recht', 'Fehler', 'Hinweis', 'Hinweise', 'Nachricht', 'Nachweis', 'Nachweise', 'Geld', 'Druck', 'Frist',
  'Antwort', 'Mail', 'Brief', 'Briefe', 'Kontakt', 'Info', 'Infos', 'Informationen', 'Bescheinigung', 'Kopie', 'Vertretung', 'Urlaub',
  'Anspruch', 'Anlage', 'Schritt', 'Seite', 'Bey', 'Hanım', 'Frau', 'Herr', 'Herrn', 'Ihr', 'Ihre', 'Euer', 'Eure', 'Alle', 'Danke',
  'Grüße', 'Gruß', 'Sie', 'Und', 'Oder', 'Mit', 'Vom', 'Von', 'Am', 'Im', 'Bitte', 'Hallo', 'Liebe', 'Lieber', 'Ein', 'Eine', 'Einer',
  'Der', 'Die', 'Das', 'Dein', 'Deine', 'Mein', 'Meine', 'Unser', 'Unsere', 'Familie', 'Dr', 'Prof', 'Dipl', 'Mag', 'Ing',
]);

/** Function words of Arabic and Persian that end a name ("السيدة في الاستقبال" = the lady at reception). */
const NOT_AN_ARABIC_NAME = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'التي', 'الذي', 'كانت', 'كان', 'قالت', 'قال', 'هي', 'هو', 'لم', 'لا', 'قد', 'ما', 'أن', 'إن',
  'ولا', 'ولكن', 'وأنا', 'وقد', 'ولم', 'لي', 'عند', 'هنا', 'بأن', 'أنه', 'أنها', 'جزيلا', 'جزيلاً', 'لكم', 'لك', 'كثيرا', 'كثيراً',
  'در', 'از', 'به', 'که', 'را', 'با', 'این', 'آن', 'گفت', 'هم', 'و', 'یک', 'برای', 'است', 'بود', 'هست', 'خیلی', 'ولی', 'اما',
]);

function nameWords(name: string, arabic: boolean): string | undefined {
  const words = name.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if ((arabic ? NOT_AN_ARABIC_NAME : NOT_A_NAME).has(word)) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

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
    const name = nameWords(group, new RegExp(`^[${ARABIC_LETTERS}]`, 'u').test(group));
    if (!name || /^(?:von|van|de|der|den|du|zu|al|el|bin|ibn|da|di|le|la)$/.test(name)) continue;
    const start = match.indices![1]![0];
    found.push({ kind: 'personName', start, end: start + name.length, confidence: Confidence.Labelled });
  }
  return found;
}

const CLOSINGS = [
  'mit freundlichen Grüßen', 'freundliche Grüße', 'freundlichen Gruß', 'viele Grüße', 'beste Grüße', 'liebe Grüße', 'herzliche Grüße', 'schöne Grüße',
  'Grüße', 'Gruß', 'MfG', 'LG', 'VG', 'danke', 'vielen Dank', 'Best regards', 'Kind regards', 'Regards', 'Best', 'Thanks', 'Thank you', 'Cheers',
  'Sincerely', 'Yours', 'З повагою', 'Дякую', 'З найкращими побажаннями', 'С уважением', 'Спасибо', 'Благодарю', 'Saygılarımla', 'Saygılar',
  'Teşekkürler', 'Teşekkür ederim', 'İyi günler', 'مع تحياتي', 'مع خالص التحية', 'مع الشكر', 'تحياتي', 'شكرا', 'شكرًا', 'شكراً',
  'با احترام', 'با سپاس', 'ممنون', 'سپاسگزارم', 'با تشکر',
];
const CLOSING = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(CLOSINGS.map(literal))})(?![\p{L}])`, 'iu');

/** The last line holds only a name: one to three words, perhaps an initial, perhaps a dash before. */
const SIGNATURE_LINE = new RegExp(String.raw`^[ \t]*(?:[-–—] ?)?((?:${LATIN_NAME}|\p{Lu}\.)(?: (?:${PARTICLE} )?(?:${LATIN_NAME}|\p{Lu}\.)){0,2}|[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+){0,2})[ \t]*[.!]?\s*$`, 'u');
/** Closing and name on one line: "MfG, Jürgen Weiß", "Danke, Anna". */
const SIGNED_CLOSING = new RegExp(String.raw`(?:${alternation(CLOSINGS.map(literal))})[,!.]? (${LATIN_FULL_NAME}|[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+){0,2})[ \t]*[.!]?\s*$`, 'iu');

function findSignature(scan: string): Candidate[] {
  // A signature ends the text, so only its last line is searched.
  const lastLine = scan.trimEnd().lastIndexOf('\n') + 1;
  const line = SIGNATURE_LINE.exec(scan.slice(lastLine));
  if (line && lastLine > 0 && !CLOSING.test(line[1]!)) {
    const lineStart = lastLine + line[0].indexOf(line[1]!);
    // A closing within the two lines above the name makes it a signature.
    const above = scan.slice(0, lastLine).trimEnd().split('\n').slice(-2).join('\n');
    const name = nameWords(line[1]!, new RegExp(`^[${ARABIC_LETTERS}]`, 'u').test(line[1]!));
    if (name && CLOSING.test(above)) return [{ kind: 'personName', start: lineStart, end: lineStart + name.length, confidence: Confidence.Labelled }];
  }
  const signed = SIGNED_CLOSING.exec(scan.slice(lastLine));
  if (signed) {
    const name = nameWords(signed[1]!, new RegExp(`^[${ARABIC_LETTERS}]`, 'u').test(signed[1]!));
    const start = lastLine + signed.index + signed[0].indexOf(signed[1]!);
    if (name && !CLOSING.test(name)) return [{ kind: 'personName', start, end: start + name.length, confidence: Confidence.Labelled }];
  }
  return [];
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
    ...findSignature(scan),
  ];
}
