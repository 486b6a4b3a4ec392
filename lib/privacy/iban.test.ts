import { describe, expect, it } from 'vitest';
import { itRemoves, removed } from './test-support';

describe('IBAN', () => {
  itRemoves(
    'iban',
    [
      ['valid, compact', 'IBAN DE89370400440532013000 bitte', 'DE89370400440532013000'],
      ['valid, in groups of four', 'Konto DE89 3704 0044 0532 0130 00 bitte prüfen', 'DE89 3704 0044 0532 0130 00'],
      ['check digits wrong (typo): still removed', 'Konto DE88 3704 0044 0532 0130 00 bitte', 'DE88 3704 0044 0532 0130 00'],
      ['one digit missing: still removed', 'Konto DE89 3704 0044 0532 0130 0 bitte', 'DE89 3704 0044 0532 0130 0'],
      ['letters in the account part (GB)', 'My IBAN GB29 NWBK 6016 1331 9268 19.', 'GB29 NWBK 6016 1331 9268 19'],
      ['lower case', 'die iban de89370400440532013000 geht nicht', 'de89370400440532013000'],
      ['Ukrainian bank, odd last group', 'Мій IBAN UA21 3223 1300 0002 6007 2335 6600 1 тут', 'UA21 3223 1300 0002 6007 2335 6600 1'],
      ['no-break spaces from online banking', 'IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000 ok', 'DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000'],
      ['country not in the registry but mod 97 holds', 'IBAN XZ90 1234 5678 9012 3 ok', 'XZ90 1234 5678 9012 3'],
    ],
    [
      'Bitte geben Sie Ihre IBAN an.',
      'Das Feld DE12 ist zu kurz.',
      'Version AB12 3456 im Formular.',
      'Kennzeichen XY12 345 und Windows 11.',
    ],
  );

  it('does not swallow the word or number after it', () => {
    expect(removed('DE89 3704 0044 0532 0130 00 2024 eingegeben')).toEqual([['iban', 'DE89 3704 0044 0532 0130 00']]);
  });
});
