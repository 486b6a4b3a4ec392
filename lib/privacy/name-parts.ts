import { ARABIC_LETTERS } from './patterns';

// The building blocks of names, shared by person-name.ts (cues) and signature.ts (names under a closing).

/** A capitalised name in Latin or Cyrillic script, with hyphens and apostrophes ("Schulze-Brandt", "O'Neill"). */
export const LATIN_NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]+)*`;
export const PARTICLE = String.raw`(?:von|van|de|der|den|du|zu|al|el|bin|ibn|da|di|le|la)`;

/** Capitalised words that follow a cue but are no name: roles, nouns of the domain, function words. */
export const NOT_A_NAME = new Set([
  'Sachbearbeiterin', 'Sachbearbeiter', 'Kollegin', 'Kollege', 'Doktor', 'Ministerin', 'Minister', 'Präsident', 'Präsidentin', 'Vorsitzende',
  'Vorsitzender', 'Bürgermeister', 'Bürgermeisterin', 'Professor', 'Professorin', 'Anwalt', 'Anwältin', 'Richter', 'Richterin', 'Direktor',
  'Direktorin', 'Leiterin', 'Leiter', 'Teamleiter', 'Teamleiterin', 'Fallmanager', 'Fallmanagerin', 'Jobcenter', 'Jobcenters', 'Team',
  'Bescheid', 'Termin', 'Termine', 'Unterlagen', 'Auskunft', 'Antrag', 'Anträge', 'Formular', 'Post', 'Zeit', 'Recht', 'Fehler', 'Hinweis',
  'Hinweise', 'Nachricht', 'Nachweis', 'Nachweise', 'Geld', 'Druck', 'Frist', 'Antwort', 'Mail', 'Brief', 'Briefe', 'Kontakt', 'Info', 'Infos',
  'Informationen', 'Bescheinigung', 'Kopie', 'Vertretung', 'Urlaub', 'Anspruch', 'Anlage', 'Schritt', 'Seite', 'Feld', 'Problem', 'Issue',
  'Bey', 'Hanım', 'Frau', 'Herr', 'Herrn', 'Ihr', 'Ihre', 'Euer', 'Eure', 'Alle', 'Danke', 'Grüße', 'Gruß', 'Sie', 'Und', 'Oder', 'Aber', 'Mit',
  'Vom', 'Von', 'Am', 'Im', 'Bitte', 'Hallo', 'Liebe', 'Lieber', 'Ein', 'Eine', 'Einer', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Dein', 'Deine',
  'Mein', 'Meine', 'Unser', 'Unsere', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ihnen', 'Meinen', 'Meinem', 'Meiner', 'Meines', 'Deinen', 'Deinem',
  'Deiner', 'Unseren', 'Unserem', 'Unserer', 'Sein', 'Seine', 'Seinen', 'Seinem', 'Seiner', 'Euren', 'Eurem', 'Einen', 'Einem', 'Eines',
  'Dieser', 'Diese', 'Dieses', 'Diesen', 'Jede', 'Jeder', 'Jeden', 'Familie', 'Dr', 'Prof', 'Dipl', 'Mag', 'Ing', 'Ich', 'Wir', 'Er', 'Es', 'Ist', 'Bin', 'Hat', 'Hier',
  'Nicht', 'Kein', 'Keine', 'Auch', 'Noch', 'Schon', 'Jetzt', 'Heute', 'Morgen', 'The', 'A', 'An', 'And', 'Or', 'My', 'Our', 'Your', 'Is',
  'Am', 'Not', 'Thanks', 'Please', 'Hi', 'Hello', 'Dear', 'Kids', 'Children', 'Step', 'Page', 'Form', 'Name', 'Ve', 'Bir', 'Bu', 'Ama',
  'Adım', 'Benim', 'Merhaba', 'Teşekkürler', 'И', 'А', 'Но', 'Я', 'Не', 'Та', 'І', 'Й', 'В', 'На', 'З', 'С', 'Что', 'Що', 'Это', 'Це',
  'Спасибо', 'Дякую', 'Привіт', 'Привет', 'Здравствуйте', 'Добрий', 'Добрый', 'Термін', 'Термин', 'Джобцентр', 'Джобцентр',
]);

/**
 * Capitalised words that are surnames too ("Frau Mai", "Herr Freitag") but after a weak cue are a day,
 * a month or a word of the domain ("my caseworker Mondays …", "my son School hours …").
 */
export const NOT_A_NAME_AFTER_WEAK_CUE = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays',
  'Fridays', 'Saturdays', 'Sundays', 'Weekends', 'Mornings', 'Evenings', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag',
  'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'January', 'February', 'March', 'May', 'June', 'July', 'October', 'December', 'School', 'Work', 'Job', 'Kita', 'Minijob',
]);

/**
 * Endings of German nouns (and of the domain's compounds): a capitalised word after "mein Fallmanager"
 * that ends so is a noun ("Teilzeitstellen", "Nebenkosten", "Arbeit"), not a surname.
 */
export const NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|nis|nisse|ismus|ment|stelle|stellen|zeit|zeiten|geld|gelder|antrag|anträge|kosten|termin|termine|arbeit|schule|ende|enden|papiere|unterlagen|platz|plätze|angebot|angebote|leistung|leistungen|hilfe|amt|ämter|gericht|pflicht|frist|fristen|formular|formulare|seite|seiten|schritt|schritte|straße|strasse|str|weg|allee|gasse|ring|kasse|karte|zahlung|geld|miete|vertrag|verträge|bescheid|stunden|tage|wochen|monate|jahre|euro|geber|nehmer|center|büro|portal|system|bildung|beratung|hours|permit|appointment|appointments)$/iu;

/** Function words of Arabic and Persian that end a name ("السيدة في الاستقبال" = the lady at reception). */
export const NOT_AN_ARABIC_NAME = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'التي', 'الذي', 'كانت', 'كان', 'قالت', 'قال', 'هي', 'هو', 'لم', 'لا', 'قد', 'ما', 'أن', 'إن',
  'ولا', 'ولكن', 'لكن', 'وأنا', 'وقد', 'ولم', 'لي', 'عند', 'هنا', 'بأن', 'أنه', 'أنها', 'جزيلا', 'جزيلاً', 'لكم', 'لك', 'كثيرا', 'كثيراً', 'جدا',
  'جداً', 'يعمل', 'تعمل', 'يسكن', 'تسكن', 'تعيش', 'يعيش', 'حامل', 'مريضة', 'مريض', 'ساعدتني', 'ساعدني', 'قالت', 'الآن', 'تذهب', 'يذهب',
  'در', 'از', 'به', 'که', 'را', 'با', 'این', 'آن', 'گفت', 'هم', 'و', 'یک', 'برای', 'است', 'بود', 'هست', 'هستم', 'خیلی', 'ولی', 'اما', 'الان',
  'جدا', 'می', 'نمی', 'کار', 'هیچ', 'هیچ‌وقت',
]);

export const ARABIC_SCRIPT = new RegExp(`^[${ARABIC_LETTERS}]`, 'u');
