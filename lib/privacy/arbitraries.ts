// Test support only (not exported from index.ts): fast-check generators of valid identifiers in the
// spellings people use, and of German filler text around them.
import fc from 'fast-check';
import {
  healthInsuranceCheckDigit,
  icaoCheckDigit,
  pensionInsuranceCheckDigit,
  taxIdCheckDigit,
} from './check-digits';
import { NOT_A_NAME, NOUN_ENDING } from './name-parts';

const digits = (min: number, max = min) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');

/** Groups of four, as banks print IBANs, or compact. */
const grouped = (compact: string, spaced: boolean) => (spaced ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact);

function ibanWithCheckDigits(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return country + String(98 - remainder).padStart(2, '0') + bban;
}

export const iban = fc
  .tuple(
    fc.oneof(
      digits(18).map((bban) => ['DE', bban] as const),
      digits(16).map((bban) => ['AT', bban] as const),
      fc.tuple(fc.array(upper, { minLength: 4, maxLength: 4 }), digits(10)).map(([bank, account]) => ['NL', bank.join('') + account] as const),
      digits(22).map((bban) => ['TR', '0' + bban.slice(1)] as const),
      digits(25).map((bban) => ['UA', bban] as const),
      digits(24).map((bban) => ['PL', bban] as const),
    ),
    fc.boolean(),
  )
  .map(([[country, bban], spaced]) => grouped(ibanWithCheckDigits(country, bban), spaced));

export const bgNumber = fc
  .tuple(digits(5), digits(7), fc.constantFrom('', ' '))
  .map(([office, serial, space]) => `${office}${space}BG${space}${serial}`);

export const customerNumber = fc.tuple(digits(3), upper, digits(6)).map(([a, letter, b]) => `${a}${letter}${b}`);

export const pensionInsuranceNumber = fc
  // Area numbers (Bereichsnummern) of the pension insurers run from 02 to 89.
  .tuple(fc.integer({ min: 2, max: 89 }).map((n) => String(n).padStart(2, '0')), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), digits(2), upper, digits(2), fc.boolean())
  .map(([area, day, month, year, letter, serial, spaced]) => {
    const birth = String(day).padStart(2, '0') + String(month).padStart(2, '0') + year;
    const check = pensionInsuranceCheckDigit(area + birth + letter + serial);
    return spaced ? `${area} ${birth} ${letter} ${serial}${check}` : `${area}${birth}${letter}${serial}${check}`;
  });

export const taxId = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digits(9), fc.constantFrom('compact', '2-3-3-3', '3-3-3-2'))
  .map(([first, rest, layout]) => {
    const ten = String(first) + rest;
    const id = ten + taxIdCheckDigit(ten);
    if (layout === '2-3-3-3') return `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`;
    if (layout === '3-3-3-2') return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`;
    return id;
  });

export const healthInsuranceNumber = fc.tuple(upper, digits(8), fc.boolean()).map(([letter, body, spaced]) => {
  const check = healthInsuranceCheckDigit(letter + body);
  return spaced ? `${letter} ${body.slice(0, 3)} ${body.slice(3, 6)} ${body.slice(6)}${check}` : `${letter}${body}${check}`;
});

const DOCUMENT_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
export const idCardNumber = fc
  .tuple(
    fc.constantFrom(...'CFGHJKLMNPRTVWXYZ'),
    fc.array(fc.constantFrom(...DOCUMENT_CHARS), { minLength: 7, maxLength: 7 }),
    fc.integer({ min: 0, max: 9 }),
    fc.boolean(),
  )
  .map(([first, middle, digit, withCheck]) => {
    // At least one digit, as on every issued card (the letters alone could spell an abbreviation).
    const serial = first + middle.join('') + String(digit);
    return withCheck ? serial + icaoCheckDigit(serial) : serial;
  });

const localPart = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 1, maxLength: 10 })
  .chain((head) => fc.constantFrom('', '.', '_', '-').map((sep) => head.join('') + (sep ? sep + head.join('').slice(0, 3) : '')));
export const email = fc
  .tuple(localPart, fc.constantFrom('web.de', 'gmx.de', 'gmail.com', 't-online.de', 'jobcenter-ge.de', 'ukr.net', 'hotmail.com.tr', 'yahoo.com'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Area codes that are not service numbers (0800, 0180, 0900, 0137, 115 are kept on purpose). */
const area = fc.constantFrom('30', '40', '221', '69', '89', '351', '341', '511', '201', '2871', '151', '152', '157', '160', '170', '171', '176', '177', '179');
export const phone = fc
  .tuple(area, digits(5, 8), fc.constantFrom('national', 'slash', 'dash', 'paren', 'intl', 'intl0', '0049', 'grouped'))
  .map(([code, subscriber, style]) => {
    switch (style) {
      case 'slash': return `0${code}/${subscriber}`;
      case 'dash': return `0${code}-${subscriber}`;
      case 'paren': return `(0${code}) ${subscriber}`;
      case 'intl': return `+49 ${code} ${subscriber}`;
      case 'intl0': return `+49 (0)${code} ${subscriber}`;
      case '0049': return `0049 ${code} ${subscriber}`;
      case 'grouped': return `0${code} ${subscriber.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
      default: return `0${code} ${subscriber}`;
    }
  });

const streetStem = fc.constantFrom('Linden', 'Goethe', 'Schiller', 'Haupt', 'Bahnhof', 'Kirch', 'Berliner ', 'Friedrich-Ebert-', 'Sonnen', 'Birken', 'Eichen', 'Mühlen');
const streetEnd = fc.constantFrom('straße', 'str.', 'weg', 'allee', 'platz', 'ring', 'gasse', 'damm');
const town = fc.constantFrom('Berlin', 'Hamburg', 'Köln', 'Leipzig', 'Musterstadt', 'Gelsenkirchen', 'Frankfurt am Main', 'Halle (Saale)', 'Essen', 'Dortmund');
export const postalAddress = fc
  .tuple(streetStem, streetEnd, fc.integer({ min: 1, max: 250 }), fc.constantFrom('', 'a', 'b'), fc.integer({ min: 1001, max: 99998 }).map((n) => String(n).padStart(5, '0')), town, fc.constantFrom(', ', ' ', '\n'), fc.boolean())
  .map(([stem, end, number, letter, postcode, place, sep, withTown]) => {
    // "Berliner " and "Friedrich-Ebert-" stand before a capitalised ending.
    const street = /[ -]$/.test(stem) ? stem + end[0]!.toUpperCase() + end.slice(1) : stem + end;
    return `${street} ${number}${letter}` + (withTown ? `${sep}${postcode} ${place}` : '');
  });

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
/** A birth date after its label: [label, date]. */
export const birthDate = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2024 }), fc.constantFrom('dotted', 'short', 'iso', 'written', 'slash'), fc.constantFrom('geb. am', 'geboren am', 'Geburtsdatum:', 'geb.', 'Geb.-Datum'))
  .map(([day, month, year, style, label]) => {
    const dd = String(day).padStart(2, '0');
    const mm = String(month).padStart(2, '0');
    const date =
      style === 'dotted' ? `${dd}.${mm}.${year}`
      : style === 'short' ? `${day}.${month}.${String(year).slice(2)}`
      : style === 'iso' ? `${year}-${mm}-${dd}`
      : style === 'slash' ? `${dd}/${mm}/${year}`
      : `${day}. ${MONTHS_DE[month - 1]} ${year}`;
    return [label, date] as const;
  });

const surname = fc
  .tuple(upper, fc.array(fc.constantFrom(...'aeiouäöüynrstlmkgbdhcwz'), { minLength: 1, maxLength: 6 }), fc.constantFrom('mann', 'er', 'ski', 'oğlu', 'enko', 'ova', 'ić', 'berg', 'czyk', 'i', 'ez'))
  .map(([first, rest, ending]) => first + rest.join('') + ending)
  // Function words and nouns ("Oder", "Hier", "Xgeber") after "Frau" are no name, by design (name-parts.ts).
  .filter((name) => !NOT_A_NAME.has(name) && !NOUN_ENDING.test(name));
const firstName = fc.constantFrom('Anna', 'Mehmet', 'Olena', 'Ahmad', 'Fatma', 'Jürgen', 'Ayşe', 'Oksana', 'Kerstin', 'Thomas', 'Maria', 'Ali', 'Sabine', 'Dmytro', 'Leyla');
/** A name after its salutation: [salutation, name]. */
export const personName = fc
  .tuple(fc.constantFrom('Frau', 'Herr', 'Herrn', 'Frau Dr.', 'Sehr geehrte Frau', 'Hallo Herr'), surname, fc.option(firstName, { nil: undefined }))
  .map(([salutation, last, first]) => [salutation, first ? `${first} ${last}` : last] as const);

export const caseNumber = fc
  .tuple(fc.constantFrom('S', 'L'), fc.integer({ min: 1, max: 49 }), fc.constantFrom('AS', 'AY', 'SO', 'R', 'KR', 'U', 'AL'), fc.integer({ min: 1, max: 4999 }), fc.integer({ min: 10, max: 25 }), fc.constantFrom('', ' ER', ' B ER'))
  .map(([court, chamber, register, number, year, suffix]) => `${court} ${chamber} ${register} ${number}/${year}${court === 'L' ? suffix : suffix.replace(' B', '')}`);

/**
 * Ordinary German suggestion prose: form words, amounts, legal references, steps and times, but no
 * salutation or closing (those announce a name by design).
 */
const WORDS = [
  'das', 'Formular', 'ist', 'unklar', 'im', 'Feld', 'steht', 'nicht', 'was', 'gemeint', 'die', 'Anlage KdU', 'Anlage EK', 'fragt', 'nach', 'der',
  'Kaltmiete', 'bitte', 'ergänzen', 'Schritt 3 von 6', '§ 22 Abs. 1 SGB II', '450 Euro', '1.234,56 €', 'seit 2024', 'um 14:30 Uhr', 'Formular WBA',
  'Windows 11', 'Hinweis', 'fehlt', 'und', 'oder', 'mit', 'auf', 'Seite 2', 'Nachweis', 'hochladen', 'geht', 'leider', 'nur', 'wenn', 'man',
  'Bescheid', 'Antrag', 'Weiterbewilligung', 'Heizkosten', 'Nebenkosten', 'Einkommen', 'Kindergeld', 'Termin', 'Upload', 'Fehlermeldung', 'Frist',
];
export const germanProse = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 25 }).map((words) => words.join(' '));

/** Characters that may stand right before and after an identifier in running text. */
export const before = fc.constantFrom(' ', ': ', ' (', ', ', '\n', ' „');
export const after = fc.constantFrom(' ', '. ', ', ', ') ', '\n', '“ ', '; ');
