import { alternation } from './patterns';

/**
 * Month names in the supported languages, as they are written inside a date ("12. März", "12 березня",
 * "14 Mart", "3 مارس", "۱۲ اسفند"). Ukrainian and Russian stems take any ending (genitive).
 */
const MONTH_NAMES = [
  // de
  'Januar', 'Jänner', 'Februar', 'März', 'Maerz', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Jan', 'Feb', 'Mär', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  // en
  'January', 'February', 'March', 'May', 'June', 'July', 'October', 'December', 'Mar', 'Oct', 'Dec',
  // tr
  'Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık',
  // ar (Egyptian/Gulf and Levantine names)
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  // fa (Solar Hijri and Gregorian)
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
  'ژانویه', 'فوریه', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر',
];
const MONTH_STEMS = [
  // uk
  'січ', 'лют', 'берез', 'квіт', 'трав', 'черв', 'лип', 'серп', 'верес', 'жовт', 'листопад', 'груд',
  // ru
  'январ', 'феврал', 'март', 'апрел', 'ма[йя]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр',
];

export const MONTH = String.raw`(?:(?:${alternation(MONTH_NAMES)})|(?:${alternation(MONTH_STEMS)})\p{L}*)(?![\p{L}])`;

const YEAR = String.raw`(?:\d{4}|'?\d{2})(?!\d)`;

/**
 * A date in any of the spellings people use. The last alternatives (day and month only, year only)
 * are only ever taken right after a birth-date label.
 */
export const DATE = [
  String.raw`\d{1,2} ?[./-] ?\d{1,2} ?[./-] ?(?:\d{4}|\d{2})(?!\d)`,
  String.raw`\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)`,
  String.raw`\d{1,2}(?:\.|st|nd|rd|th)?(?: of)? ?${MONTH}\.?(?:,? ?${YEAR})?`,
  String.raw`${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?!\d)`,
  String.raw`${MONTH} \d{4}(?!\d)`,
  String.raw`\d{1,2}\.\d{1,2}\.(?!\d)`,
  String.raw`(?:19|20|13|14)\d{2}(?!\d)`,
].join('|');

/** Dates that carry a year, for finding the same birth date written a second time. */
export const FULL_DATE = [
  String.raw`\d{1,2} ?[./-] ?\d{1,2} ?[./-] ?(?:\d{4}|\d{2})(?!\d)`,
  String.raw`\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)`,
  String.raw`\d{1,2}\.? ?${MONTH}\.?,? ?\d{4}(?!\d)`,
  String.raw`${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?!\d)`,
].join('|');

/** The year a date names, two-digit years read as the most recent past century. */
export function yearOf(date: string): number | undefined {
  const four = /(?<!\d)\d{4}(?!\d)/.exec(date);
  if (four) return Number(four[0]);
  const two = /(?<!\d)'?(\d{2})$/.exec(date.trim());
  if (!two) return undefined;
  const year = Number(two[1]);
  return year <= new Date().getFullYear() % 100 ? 2000 + year : 1900 + year;
}
