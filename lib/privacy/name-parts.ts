import { ARABIC_LETTERS } from './patterns';

// The building blocks of names, shared by person-name.ts (salutations, introductions, roles) and
// signature.ts (names under a closing).

/** A capitalised name in Latin or Cyrillic script, with hyphens and apostrophes ("Schulze-Brandt", "O'Neill"). */
export const LATIN_NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*`;
export const PARTICLE = String.raw`(?:von|van|de|der|den|du|zu|al|el|bin|ibn|da|di|le|la)`;
/** Up to two names, particles between ("Anna Schmidt", "von der Heide", "Kerstin M."). */
export const LATIN_FULL_NAME = String.raw`(?:${PARTICLE} ){0,2}${LATIN_NAME}(?: (?:${PARTICLE} ){0,2}(?:${LATIN_NAME}|\p{Lu}\.))?`;
export const ARABIC_NAME = String.raw`[${ARABIC_LETTERS}]+(?: [${ARABIC_LETTERS}]+)?`;

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

const ARABIC_SCRIPT = new RegExp(`^[${ARABIC_LETTERS}]`, 'u');

/** The words of a would-be name up to the first one that is no name; undefined when none is left. */
export function nameWords(name: string): string | undefined {
  const arabic = ARABIC_SCRIPT.test(name);
  const words = name.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if ((arabic ? NOT_AN_ARABIC_NAME : NOT_A_NAME).has(word)) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}
