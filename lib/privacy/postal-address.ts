import { alternation, ARABIC_LETTERS, END, onFirstUse, START } from './patterns';
import { Confidence, type Candidate, type DetectContext } from './types';

/** Endings of German street names. Ambiguous ones ("-hof", "-markt", "-zeile") are left out. */
const STREET_ENDINGS = ['straße', 'strasse', 'str.', 'weg', 'gasse', 'allee', 'platz', 'ring', 'damm', 'ufer', 'chaussee', 'promenade', 'wall', 'graben', 'kamp', 'twiete', 'steig', 'pfad', 'stieg'];

/** Words with a street ending that are no street: "Arbeitsplatz 2", "Verkäufer 3", "Firewall 1". */
const NOT_A_STREET = /(?:arbeits|ausbildungs|studien|kita|krippen|park|stell|sitz|praktikums|schul|betreuungs|therapie|heim|pflege|lehr|spiel|sport|listen|warte|wohn|kinder|(?<!\p{L})ein|(?<!\p{L})auf|(?<!\p{L})aus)(?:platz|stieg|steig)$|(?:lösungs|rechts|dienst|post|bildungs|antrags|verwaltungs|lebens|arbeits|schul|(?<!\p{L})um|(?<!\p{L})rück|(?<!\p{L})hin|(?<!\p{L})aus|(?<!\p{L})heim|(?<!\p{L})zu)weg$|äufer$|aufer$|firewall$|training$|(?:daten|such|datei|lern)pfad$/iu;

const ATTACHED_ENDING = alternation(STREET_ENDINGS.map((e) => e.replace('.', String.raw`\.`)));
const WORD_ENDING = alternation(STREET_ENDINGS.map((e) => e[0]!.toUpperCase() + e.slice(1).replace('.', String.raw`\.`)));

/** House number with letter or range: "14a", "12–14". "3 b" is not taken (the "b" could be a word). */
const HOUSE_NUMBER = String.raw`\d{1,4}[a-zA-Z]?(?: ?[-/] ?\d{1,4}[a-zA-Z]?)?`;

/** A house number is not followed by a unit: "Postweg 3 Wochen", "Firewall 2 %". */
const NO_UNIT = String.raw`(?![\p{L}\p{N}]|[.,]\d| ?(?:%|€|Euro|EUR|Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Stunden|Minuten|Mal|mal|x|Seiten)(?![\p{L}]))`;

const WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`;

/** Sentence words that may stand before a free-standing "Straße" without being part of its name. */
const NOT_A_NAME_PART = String.raw`(?!(?:Die|Der|Das|Den|Eine|Meine|Unsere|Ihre|Seine|Diese|Jede|Welche|Neben|Bei|In|An|Auf)[ -])`;

/** "Lindenstraße 14a", "Hauptstr. 5", "Friedrich-Ebert-Allee 12–14", "Lange Straße 3", "Kölner Str. 7". */
const STREET = onFirstUse(() => new RegExp(
  String.raw`${START}(?:\p{Lu}[\p{L}-]*?(?:${ATTACHED_ENDING})|${NOT_A_NAME_PART}${WORD}[ -](?:${WORD_ENDING})) ?${HOUSE_NUMBER}${NO_UNIT}`,
  'gu',
));

/** "Am Markt 3", "An der Kirche 5", "Zum Alten Forsthaus 3b". */
const PREPOSITIONS = ['Am', 'An der', 'An den', 'Auf dem', 'Auf der', 'Auf den', 'Im', 'In der', 'In den', 'Zum', 'Zur', 'Unter den', 'Hinter dem', 'Hinter der', 'Vor dem', 'Bei der', 'Alt', 'Alte', 'Alter', 'Neue', 'Neuer'];

/** Capitalised words after those prepositions that name a place in a form or a time, not a street. */
const NOT_A_PLACE = new Set(['Schritt', 'Feld', 'Feldern', 'Seite', 'Abschnitt', 'Anlage', 'Zeile', 'Punkt', 'Formular', 'Kapitel', 'Teil', 'Absatz', 'Ziffer', 'Nummer', 'Frage', 'Block', 'Tab', 'Reiter', 'Monat', 'Jahr', 'Jahre', 'Ende', 'Anfang', 'Beispiel', 'Fall', 'Antrag', 'Bescheid', 'Kästchen', 'Version', 'Menü', 'Bereich', 'Raum', 'Zimmer', 'Haus', 'Termin', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Vorjahr', 'Grunde', 'Moment', 'Durchschnitt', 'Monatsende', 'Rahmen', 'Alter', 'Bild', 'Dokument', 'Upload', 'Kooperationsplan', 'Arbeitsmarkt', 'Bewilligungszeitraum', 'Zeitraum', 'Mittel', 'Ergebnis', 'Gespräch', 'Tag', 'Tage', 'Woche', 'Wochen', 'Weg', 'Feldname', 'Text', 'Hinweis', 'Merkblatt', 'Portal', 'Browser', 'Vordruck', 'Hauptantrag', 'Weiterbewilligungsantrag', 'Minijob', 'Schnitt']);

/**
 * Every STREET match holds a street word right before its house number. Looking for that alone is far
 * cheaper than STREET, which tries its alternatives at every capitalised word, and rules out most texts.
 */
const STREET_WORD_AND_NUMBER = onFirstUse(() => new RegExp(String.raw`(?:${ATTACHED_ENDING}) ?\d`, 'i'));

const PREPOSITION_STREET = onFirstUse(() => new RegExp(String.raw`${START}(?:${alternation(PREPOSITIONS)}) ((?:${WORD} ){1,2})${HOUSE_NUMBER}${NO_UNIT}`, 'gu'));
/** Its shape without the Unicode classes, which make the engine's code for it large: a cheap first test. */
const PREPOSITION_AND_NUMBER = onFirstUse(() => new RegExp(String.raw`(?:${alternation(PREPOSITIONS)}) [^ \n]+ (?:[^ \n]+ )?\d`));

/** Words after a five-digit number that make it a count, not a postcode ("15000 Anträge"). */
const NOT_A_TOWN = new Set(['Euro', 'EUR', 'Menschen', 'Personen', 'Anträge', 'Anträgen', 'Fälle', 'Fällen', 'Zeichen', 'Stunden', 'Minuten', 'Sekunden', 'Tage', 'Wochen', 'Monate', 'Jahre', 'Seiten', 'Punkte', 'Nutzer', 'Nutzerinnen', 'Kunden', 'Bewerbungen', 'Stellen', 'Haushalte', 'Bedarfsgemeinschaften', 'Mal', 'Kilometer', 'Meter', 'Dollar', 'Lira', 'Leistungsberechtigte', 'Vorschläge', 'Dateien', 'Klicks', 'Besucher', 'Mitarbeitende', 'Beschäftigte', 'Arbeitslose', 'Einwohner', 'Anlage', 'Anlagen', 'Formular', 'Formulare', 'Schritt', 'Schritte', 'Seite']);

/**
 * Postcode and town: "10115 Berlin", "79098 Freiburg im Breisgau", "06108 Halle (Saale)", "D-50667 Köln".
 * Not the tail of a phone number ("030 12345 Nebenkosten"); no German postcode starts with 00.
 */
/** A postcode and the first letter of a town: what POSTCODE_TOWN needs at least, tested first. */
const POSTCODE_AND_LETTER = /\d{5} [^\s\da-z]/;
const POSTCODE_TOWN = onFirstUse(() => new RegExp(String.raw`${START}(?<!(?<!\d)[+0(][\d ()]*[ /)-])(?:D-)?(?!00)\d{5} (${WORD})(?: (?:am|an der|im|in|ob der|bei|vor der) ${WORD}| \(${WORD}\))?${END}`, 'gu'));

/**
 * German addresses written in Cyrillic or Arabic script, as translations of letters and people
 * themselves write them: "Лінденштрасе 14а", "Кёльнер штрассе 12", "هاوبتشتراسه 5", "بانهوف شتراسه ٧",
 * "10115 Берлін", "45127 اسن". The street word gives them away (a word before it belongs to the name only
 * when the street word stands apart: "Кёльнер штрассе", "بانهوف شتراسه"); a town after a postcode counts in
 * Cyrillic when capitalised, in Arabic script only right after such a street.
 */
const FOREIGN_HOUSE_NUMBER = String.raw`\d{1,4}[a-zA-Zа-яА-Я]?(?![\p{L}\p{N}]|[.,]\d)`;
const CYRILLIC_STREET = onFirstUse(() => new RegExp(
  String.raw`${START}(?:\p{Script=Cyrillic}+[ -](?=[шШ]тр|[гГ]асс|[аА]ллее|[пП]лац))?\p{Script=Cyrillic}*(?:штрассе|штрасе|штрасcе|штрас|штр\.|гассе|аллее|плац|дамм|ринг)(?:\p{Ll}{0,2}) ?${FOREIGN_HOUSE_NUMBER}`,
  'giu',
));
const ARABIC_STREET = onFirstUse(() => new RegExp(String.raw`(?<![${ARABIC_LETTERS}])(?:[${ARABIC_LETTERS}]+ (?=ا?شترا))?[${ARABIC_LETTERS}]*(?:شتراس|شترا?ز)[${ARABIC_LETTERS}]{0,2} ?${FOREIGN_HOUSE_NUMBER}`, 'gu'));
const CYRILLIC_TOWN = onFirstUse(() => new RegExp(String.raw`${START}(?!00)\d{5} \p{Lu}\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)?${END}`, 'gu'));
const ARABIC_TOWN = onFirstUse(() => new RegExp(String.raw`${START}(?!00)\d{5} [${ARABIC_LETTERS}]+`, 'gu'));

function foreignScript(scan: string, add: (start: number, end: number) => void): void {
  // Cheap tests first: the street words, and a postcode.
  if (!/[шШ]тр|[гГ]асс|[аА]ллее|[пП]лац|[дД]амм|[рР]инг|شترا|شتراز/.test(scan)) return;
  const streetEnds: number[] = [];
  for (const pattern of [CYRILLIC_STREET(), ARABIC_STREET()]) {
    for (const match of scan.matchAll(pattern)) {
      add(match.index, match.index + match[0].length);
      streetEnds.push(match.index + match[0].length);
    }
  }
  for (const match of scan.matchAll(CYRILLIC_TOWN())) add(match.index, match.index + match[0].length);
  for (const match of scan.matchAll(ARABIC_TOWN())) {
    if (streetEnds.some((end) => /^[ ,]{0,4}$/.test(scan.slice(end, match.index)))) add(match.index, match.index + match[0].length);
  }
}

export function findPostalAddresses(scan: string, context?: DetectContext): Candidate[] {
  const parts: Candidate[] = [];
  const add = (start: number, end: number) => parts.push({ kind: 'postalAddress', start, end, confidence: Confidence.Confirmed });
  for (const match of STREET_WORD_AND_NUMBER().test(scan) ? scan.matchAll(STREET()) : []) {
    const name = match[0].replace(/ \d.*$/s, '');
    if (!NOT_A_STREET.test(name)) add(match.index, match.index + match[0].length);
  }
  // In a text without case every word is capitalised in the view read here; "im das 100" is no street.
  for (const match of context?.caseless || !PREPOSITION_AND_NUMBER().test(scan) ? [] : scan.matchAll(PREPOSITION_STREET())) {
    const words = match[1]!.trim().split(' ');
    if (!words.some((word) => NOT_A_PLACE.has(word))) add(match.index, match.index + match[0].length);
  }
  for (const match of POSTCODE_AND_LETTER.test(scan) ? scan.matchAll(POSTCODE_TOWN()) : []) {
    if (!NOT_A_TOWN.has(match[1]!)) add(match.index, match.index + match[0].length);
  }
  foreignScript(scan, add);
  return joinNeighbours(parts.sort((a, b) => a.start - b.start), scan);
}

/** Street and town written one after the other ("Lindenstraße 14a, 12345 Musterstadt") are one address. */
function joinNeighbours(parts: Candidate[], scan: string): Candidate[] {
  const joined: Candidate[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (last && part.start >= last.end && /^[ ,\r\n]{0,4}$/.test(scan.slice(last.end, part.start))) last.end = Math.max(last.end, part.end);
    else if (last && part.start < last.end) last.end = Math.max(last.end, part.end);
    else joined.push({ ...part });
  }
  return joined;
}
