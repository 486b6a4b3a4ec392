import { describe } from 'vitest';
import { itRemoves } from './test-support';

// Decision: only birth dates are personal here. Deadlines, appointments and "Änderung seit …" explain
// the problem, identify nobody, and are kept (the negatives below).
describe('birth dates', () => {
  itRemoves(
    'birthDate',
    [
      ['"geb. am", numeric', 'Ich (geb. am 12.03.1985) finde', ['12.03.1985']],
      ['"Geburtsdatum:", two-digit year', 'Geburtsdatum: 7.11.78 wird abgelehnt', ['7.11.78']],
      ['written out', 'Ich bin am 3. Januar 1990 geboren und', ['3. Januar 1990']],
      ['an asterisk before the date', 'Meine Tochter *12.04.2015 fehlt im Formular', ['12.04.2015']],
      ['"р.н." after the date', '12.06.1985 р.н. — так написано в паспорті', ['12.06.1985']],
      ['"zur Welt gekommen"', 'Mein Sohn ist am 5. Mai 2019 zur Welt gekommen, das Kindergeld fehlt', ['5. Mai 2019']],
      ['a list of birth years', 'Meine Kinder sind 2011, 2014 und 2019 geboren, warum fragt das Portal dreimal?', ['2011', '2014', '2019']],
      ['"مولود"', 'مولود 1988/05/14 والاستمارة تقول إن التاريخ خاطئ', ['1988/05/14']],
      ['English ordinal', 'my date of birth is 3rd of June 1990 and the form flips it', ['3rd of June 1990']],
      ['year only, after "geboren"', 'Ich bin 1985 geboren und finde', ['1985']],
      ['day and month only', 'Mein Geburtstag ist der 12.03., dann', ['12.03.']],
      ['the same date again in another spelling', 'Geb. am 12.03.1985 – angezeigt als 1985-03-12.', ['12.03.1985', '1985-03-12']],
      ['English', 'Date of birth: 04/07/1983 — the field', ['04/07/1983']],
      ['Ukrainian', 'Я народилася 12 березня 1985 року, а', ['12 березня 1985']],
      ['Russian', 'Я родилась 5 мая 1975 года', ['5 мая 1975']],
      ['Turkish, label after the date', '14 Mart 1979 doğumluyum, form', ['14 Mart 1979']],
      ['Arabic', 'ولدت في 3 مارس 1990 والنموذج', ['3 مارس 1990']],
      ['Persian, Solar Hijri in Persian digits', 'تاریخ تولد: ۱۳۶۴/۱۲/۱۲ — فرم', ['۱۳۶۴/۱۲/۱۲']],
    ],
    [
      'Formular WBA: Änderung seit 01.03.2025 wird nicht angenommen.',
      'Der Bewilligungszeitraum 01.01.2025 bis 31.12.2025 steht zweimal im Bescheid.',
      'Termin am 14.05.2025 um 9:30 Uhr.',
      'Das Feld Geburtsdatum (TT.MM.JJJJ) ist zu klein. Seit 2024 ist das so.',
      'Bei der Frage nach dem Geburtsdatum der Kinder fehlt ein Kalender.',
    ],
  );
});
