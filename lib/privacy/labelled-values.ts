import type { RedactionKind } from '../model';
import { alternation, literal, matchesBeforeDigits, onFirstUse, START } from './patterns';
import { isServiceNumber } from './phone';
import { Confidence, type Candidate } from './types';

/**
 * Labels that announce an identifier, in the supported languages. After a label, a value is redacted
 * even when its shape is broken (a digit missing, a foreign format): the writer told us what it is.
 */
const LABELS: Partial<Record<RedactionKind, readonly string[]>> = {
  iban: ['IBAN', 'Kontonummer', 'Konto-Nr', 'Bankverbindung', 'account number', 'рахунок', 'номер рахунку', 'счёт', 'счет', 'hesap numarası', 'hesap no', 'رقم الحساب', 'الآيبان', 'آیبان', 'شماره حساب', 'شبا'],
  bgNumber: ['BG-Nummer', 'BG-Nr', 'BG Nummer', 'BG Nr', 'Nummer der Bedarfsgemeinschaft', 'Bedarfsgemeinschaftsnummer', 'Nummer der BG', 'номер BG', 'BG numarası', 'BG numaram', 'BG no', 'رقم BG', 'شماره BG'],
  customerNumber: ['Kundennummer', 'Kunden-Nr', 'Kundennr', 'Kd.-Nr', 'Kd-Nr', 'Kd. Nr', 'customer number', 'номер клієнта', 'номер клиента', 'müşteri numarası', 'müşteri numaram', 'müşteri no', 'رقم العميل', 'رقم الزبون', 'شماره مشتری'],
  pensionInsuranceNumber: ['Rentenversicherungsnummer', 'RV-Nummer', 'RV-Nr', 'Sozialversicherungsnummer', 'SV-Nummer', 'SV-Nr', 'Versicherungsnummer', 'social security number', 'номер пенсійного страхування', 'номер соціального страхування', 'страховой номер', 'emeklilik sigortası numarası', 'emeklilik sigortası numaram', 'sosyal güvenlik numarası', 'رقم التأمين التقاعدي', 'رقم الضمان الاجتماعي', 'شماره بیمه بازنشستگی'],
  taxId: ['Steuer-ID', 'Steuer-IdNr', 'Steuer ID', 'SteuerID', 'Steueridentifikationsnummer', 'Steuer-Identifikationsnummer', 'Identifikationsnummer', 'Steuernummer', 'tax ID', 'податковий номер', 'номер платника податків', 'налоговый номер', 'vergi kimlik numarası', 'vergi kimlik numaram', 'vergi numarası', 'vergi numaram', 'vergi no', 'الرقم الضريبي', 'رقم الهوية الضريبية', 'شناسه مالیاتی', 'کد مالیاتی'],
  healthInsuranceNumber: ['Krankenversichertennummer', 'Versichertennummer', 'Krankenversicherungsnummer', 'KV-Nummer', 'Versicherten-Nr', 'health insurance number', 'номер медичного страхування', 'номер медицинской страховки', 'номер медицинского страхования', 'sağlık sigortası numarası', 'sağlık sigortası numaram', 'رقم التأمين الصحي', 'شماره بیمه درمانی'],
  idCardNumber: ['Ausweisnummer', 'Personalausweisnummer', 'Ausweis-Nr', 'Personalausweis-Nr', 'Personalausweis', 'Ausweis', 'Passnummer', 'Reisepassnummer', 'Pass-Nr', 'Reisepass', 'Pass', 'Aufenthaltstitel', 'Dokumentennummer', 'Seriennummer des Ausweises', 'passport number', 'passport', 'ID card number', 'номер паспорта', 'номер паспорту', 'паспорт', 'паспорта', 'T.C. Kimlik No', 'TC Kimlik No', 'kimlik numarası', 'kimlik numaram', 'kimlik no', 'pasaport numarası', 'pasaport numaram', 'pasaport no', 'رقم جواز السفر', 'جواز السفر', 'رقم الجواز', 'رقم الهوية', 'شماره پاسپورت', 'شماره گذرنامه', 'کد ملی', 'شماره ملی'],
  phone: ['Telefonnummer', 'Telefon', 'Tel', 'Tel.-Nr', 'Handynummer', 'Handy', 'Mobilnummer', 'Mobil', 'Rufnummer', 'phone', 'mobile', 'телефон', 'тел', 'мобільний', 'мобильный', 'telefon', 'telefonum', 'telefonu', 'cep', 'هاتف', 'هاتفي', 'رقم الهاتف', 'جوال', 'موبايل', 'تلفن', 'شماره تلفن', 'موبایل'],
  caseNumber: ['Aktenzeichen', 'Geschäftszeichen', 'Widerspruchsnummer', 'Widerspruchs-Nr', 'Vorgangsnummer', 'Fallnummer', 'case number', 'номер справи', 'номер дела', 'dosya numarası', 'dosya numaram', 'dosya no', 'رقم القضية', 'رقم الملف', 'شماره پرونده'],
};

/** Short abbreviations that are ordinary words in lower case (Turkish "az" = few): matched as written. */
const ABBREVIATIONS: Partial<Record<RedactionKind, readonly string[]>> = {
  caseNumber: ['Az', 'AZ', 'Gz', 'GZ'],
  taxId: ['IdNr', 'ИНН'],
  healthInsuranceNumber: ['KVNR'],
};

/** At least this many digits make a value; fewer is a count or a step ("Telefon 3 mal"). */
const MIN_DIGITS: Partial<Record<RedactionKind, number>> = { phone: 6 };

/** What may stand between label and value: colon, "Nr.", "ist", brackets … */
const JOINER = String.raw`(?:\s*(?:[:#№=(),]|Nr\.?|No\.?|n[or]\.|ist|lautet|is|\p{Pd})\s*|\s+){1,4}`;

/**
 * One regex per table, one capture group per kind: a text is scanned twice, not once per kind.
 * Labels are whole words; "Pass" is not the start of "Passwort", "Tel" not of "Teller".
 */
function labelPattern(table: typeof LABELS, flags: string) {
  const kinds = Object.keys(table) as RedactionKind[];
  const groups = kinds.map((kind) => `(${alternation(table[kind]!.map(escape))})`).join('|');
  return { kinds, pattern: new RegExp(String.raw`${START}(?:${groups})\.?(?![\p{L}])${JOINER}`, flags) };
}

const LABELLED = onFirstUse(() => [labelPattern(LABELS, 'giu'), labelPattern(ABBREVIATIONS, 'gu')]);
const LONGEST_LABEL = Math.max(...Object.values(LABELS).flatMap((labels) => labels.map((label) => label.length)));

/** Values a label may precede that are no identifier: a year, a date, an amount. */
const NOT_A_VALUE = /^(?:(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{1,3}(?:\.\d{3})+)$/;

/** A label as written, with any run of spaces where it has one. */
function escape(label: string): string {
  return literal(label).replace(/ /g, String.raw`\s+`);
}

const TOKEN = /[\p{L}\p{N}]+/uy;
const SEPARATOR = /[ /.-]/y;

/**
 * The value after a label: tokens joined by single spaces, slashes, dots or hyphens, each holding a
 * digit — or a short run of capitals inside a number ("12345 BG 1234567", "S 12 AS 345/24").
 * The first word without a digit ends the value.
 */
export function valueAt(scan: string, from: number): { end: number; digits: number } | undefined {
  let at = from;
  let end = from;
  let digits = 0;
  for (;;) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(scan);
    if (!token) break;
    const text = token[0];
    const hasDigit = /\d/.test(text);
    const nextAt = at + text.length;
    if (!hasDigit) {
      // Letters inside a number ("12345 BG 1234567", "s 12 as 345/24") count only when a number follows.
      if (!/^[A-Za-z]{1,3}$/.test(text)) break;
      TOKEN.lastIndex = nextAt + 1;
      const next = /[ /.-]/.test(scan[nextAt] ?? '') ? TOKEN.exec(scan) : null;
      if (!next || !/\d/.test(next[0])) break;
    }
    digits += text.replace(/\D/g, '').length;
    end = nextAt;
    SEPARATOR.lastIndex = nextAt;
    if (!SEPARATOR.test(scan) || end - from > 40) break;
    // A dot only joins digits ("12.345"); otherwise it ends the sentence.
    if (scan[nextAt] === '.' && !/\d/.test(scan[nextAt + 1] ?? '')) break;
    at = nextAt + 1;
  }
  return end > from ? { end, digits } : undefined;
}

export function findLabelledValues(scan: string): Candidate[] {
  const found: Candidate[] = [];
  // Every value holds digits; most sentences hold none.
  if (!/\d/.test(scan)) return found;
  for (const { kinds, pattern } of LABELLED()) {
    // A label ends at most a few characters before the first digit of its value.
    for (const match of matchesBeforeDigits(scan, pattern, LONGEST_LABEL + 12)) {
      const kind = kinds[match.findIndex((group, index) => index > 0 && group !== undefined) - 1]!;
      const start = match.index + match[0].length;
      const value = valueAt(scan, start);
      if (!value || value.digits < (MIN_DIGITS[kind] ?? 4)) continue;
      const text = scan.slice(start, value.end);
      if (NOT_A_VALUE.test(text) || text.replace(/[^\p{L}\p{N}]/gu, '').length < 6) continue;
      if (kind === 'phone' && isServiceNumber(text.replace(/\D/g, ''))) continue;
      found.push({ kind, start, end: value.end, confidence: Confidence.Labelled });
    }
  }
  return found;
}
