import { describe, expect, it } from 'vitest';
import { itRemoves, removed } from './test-support';

describe('phone numbers', () => {
  itRemoves(
    'phone',
    [
      ['area code and number', 'Tel. 030 12345678 bitte', '030 12345678'],
      ['with slash', 'Tel. 030/123 45 67 bitte', '030/123 45 67'],
      ['in parentheses', 'Tel. (030) 12 34 56 bitte', '(030) 12 34 56'],
      ['mobile with hyphen', 'Handy 0170-1234567.', '0170-1234567'],
      ['international with (0)', 'unter +49 (0)30 1234567 erreichbar', '+49 (0)30 1234567'],
      ['international with 00', 'unter 0049 30 9876543 erreichbar', '0049 30 9876543'],
      ['Turkish mobile', 'Eşimin telefonu +90 532 765 43 21, acil', '+90 532 765 43 21'],
      ['Ukrainian mobile', 'номер +380 67 123 45 67 для зв’язку', '+380 67 123 45 67'],
      ['extension', 'Durchwahl +49 30 123456-78', '+49 30 123456-78'],
      ['Arabic-Indic digits', 'رقم هاتفي ٠١٧٦ ١٢٣٤٥٦٧٨ شكرا', '٠١٧٦ ١٢٣٤٥٦٧٨'],
      ['Persian digits', 'شماره تلفن: ۰۱۵۲ ۳۴۵۶۷۸۹۰', '۰۱۵۲ ۳۴۵۶۷۸۹۰'],
      ['after "Tel.", without trunk prefix', 'Tel.: 1234567 (privat)', '1234567'],
    ],
    [
      'Nachzahlung von 1.234,56 € im März.',
      'Änderung seit 01.03.2025, Termin 01/03/2025.',
      'Die Hotline 0800 4 5555 00 ist kostenlos.',
      'Behördennummer 115 oder +49 800 4555500.',
      'Termin um 14:30 Uhr, Dauer 0,5 Stunden.',
      'Version 0.9.1, Schritt 3 von 6, Seite 12.',
      'Kann man +49 als Vorwahl auswählen?',
      'Die Regelbedarfsstufe 1 beträgt 563 €.',
      'PLZ 01067 wird nicht erkannt.',
    ],
  );

  it('finds a number after a one-letter word ("і" = and)', () => {
    expect(removed('Телефон: 0157 1112233 і 0176 98765432', 'uk')).toEqual([['phone', '0157 1112233'], ['phone', '0176 98765432']]);
  });

  it('takes two numbers written one after the other as one finding', () => {
    expect(removed('030 1234567 0170 7654321')).toEqual([['phone', '030 1234567 0170 7654321']]);
  });
});
