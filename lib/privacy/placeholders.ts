import type { Language, RedactionKind } from '../model';
import { literal } from './patterns';

/**
 * The placeholder that stands in for each kind of finding, in every supported language, so the redacted
 * text still reads as a sentence in the writer's language. The UI's own strings live in lib/i18n; these
 * are part of the text that is stored and sent, so they stay here, in one table.
 */
const PLACEHOLDERS: Record<Language, Record<RedactionKind, string>> = {
  de: {
    iban: '[IBAN entfernt]',
    bgNumber: '[BG-Nummer entfernt]',
    customerNumber: '[Kundennummer entfernt]',
    pensionInsuranceNumber: '[Rentenversicherungsnummer entfernt]',
    taxId: '[Steuer-ID entfernt]',
    healthInsuranceNumber: '[Krankenversichertennummer entfernt]',
    idCardNumber: '[Ausweisnummer entfernt]',
    email: '[E-Mail-Adresse entfernt]',
    phone: '[Telefonnummer entfernt]',
    postalAddress: '[Adresse entfernt]',
    birthDate: '[Geburtsdatum entfernt]',
    personName: '[Name entfernt]',
    caseNumber: '[Aktenzeichen entfernt]',
  },
  en: {
    iban: '[IBAN removed]',
    bgNumber: '[BG number removed]',
    customerNumber: '[customer number removed]',
    pensionInsuranceNumber: '[pension insurance number removed]',
    taxId: '[tax ID removed]',
    healthInsuranceNumber: '[health insurance number removed]',
    idCardNumber: '[ID document number removed]',
    email: '[e-mail address removed]',
    phone: '[phone number removed]',
    postalAddress: '[address removed]',
    birthDate: '[date of birth removed]',
    personName: '[name removed]',
    caseNumber: '[case number removed]',
  },
  uk: {
    iban: '[IBAN вилучено]',
    bgNumber: '[номер BG вилучено]',
    customerNumber: '[номер клієнта вилучено]',
    pensionInsuranceNumber: '[номер пенсійного страхування вилучено]',
    taxId: '[податковий номер вилучено]',
    healthInsuranceNumber: '[номер медичного страхування вилучено]',
    idCardNumber: '[номер документа вилучено]',
    email: '[електронну адресу вилучено]',
    phone: '[номер телефону вилучено]',
    postalAddress: '[адресу вилучено]',
    birthDate: '[дату народження вилучено]',
    personName: "[ім'я вилучено]",
    caseNumber: '[номер справи вилучено]',
  },
  ru: {
    iban: '[IBAN удалён]',
    bgNumber: '[номер BG удалён]',
    customerNumber: '[номер клиента удалён]',
    pensionInsuranceNumber: '[номер пенсионного страхования удалён]',
    taxId: '[налоговый номер удалён]',
    healthInsuranceNumber: '[номер медицинского страхования удалён]',
    idCardNumber: '[номер документа удалён]',
    email: '[адрес эл. почты удалён]',
    phone: '[номер телефона удалён]',
    postalAddress: '[адрес удалён]',
    birthDate: '[дата рождения удалена]',
    personName: '[имя удалено]',
    caseNumber: '[номер дела удалён]',
  },
  tr: {
    iban: '[IBAN kaldırıldı]',
    bgNumber: '[BG numarası kaldırıldı]',
    customerNumber: '[müşteri numarası kaldırıldı]',
    pensionInsuranceNumber: '[emeklilik sigortası numarası kaldırıldı]',
    taxId: '[vergi kimlik numarası kaldırıldı]',
    healthInsuranceNumber: '[sağlık sigortası numarası kaldırıldı]',
    idCardNumber: '[kimlik belgesi numarası kaldırıldı]',
    email: '[e-posta adresi kaldırıldı]',
    phone: '[telefon numarası kaldırıldı]',
    postalAddress: '[adres kaldırıldı]',
    birthDate: '[doğum tarihi kaldırıldı]',
    personName: '[isim kaldırıldı]',
    caseNumber: '[dosya numarası kaldırıldı]',
  },
  ar: {
    iban: '[تمت إزالة IBAN]',
    bgNumber: '[تمت إزالة رقم BG]',
    customerNumber: '[تمت إزالة رقم العميل]',
    pensionInsuranceNumber: '[تمت إزالة رقم التأمين التقاعدي]',
    taxId: '[تمت إزالة الرقم الضريبي]',
    healthInsuranceNumber: '[تمت إزالة رقم التأمين الصحي]',
    idCardNumber: '[تمت إزالة رقم وثيقة الهوية]',
    email: '[تمت إزالة البريد الإلكتروني]',
    phone: '[تمت إزالة رقم الهاتف]',
    postalAddress: '[تمت إزالة العنوان]',
    birthDate: '[تمت إزالة تاريخ الميلاد]',
    personName: '[تمت إزالة الاسم]',
    caseNumber: '[تمت إزالة رقم القضية]',
  },
  fa: {
    iban: '[IBAN حذف شد]',
    bgNumber: '[شماره BG حذف شد]',
    customerNumber: '[شماره مشتری حذف شد]',
    pensionInsuranceNumber: '[شماره بیمه بازنشستگی حذف شد]',
    taxId: '[شناسه مالیاتی حذف شد]',
    healthInsuranceNumber: '[شماره بیمه درمانی حذف شد]',
    idCardNumber: '[شماره مدرک شناسایی حذف شد]',
    email: '[نشانی ایمیل حذف شد]',
    phone: '[شماره تلفن حذف شد]',
    postalAddress: '[نشانی حذف شد]',
    birthDate: '[تاریخ تولد حذف شد]',
    personName: '[نام حذف شد]',
    caseNumber: '[شماره پرونده حذف شد]',
  },
};

/** The placeholder for `kind` in `language`; German when the language is unknown. */
export function placeholder(kind: RedactionKind, language: Language = 'de'): string {
  return (PLACEHOLDERS[language] ?? PLACEHOLDERS.de)[kind];
}

/** Any placeholder of any language, so text that was already redacted is not read a second time. */
export const ANY_PLACEHOLDER = new RegExp(
  Object.values(PLACEHOLDERS)
    .flatMap((table) => Object.values(table))
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|'),
  'g',
);

const KIND_OF_PLACEHOLDER = new Map<string, RedactionKind>(
  Object.values(PLACEHOLDERS).flatMap((table) => Object.entries(table).map(([kind, text]) => [text, kind as RedactionKind] as const)),
);

/** The kind a placeholder (of any language) stands for; undefined for any other text. */
export function placeholderKind(text: string): RedactionKind | undefined {
  return KIND_OF_PLACEHOLDER.get(text);
}
