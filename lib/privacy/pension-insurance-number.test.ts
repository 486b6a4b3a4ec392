import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('Rentenversicherungsnummer', () => {
  itRemoves(
    'pensionInsuranceNumber',
    [
      ['valid, compact', 'Meine Nummer 15070649C103 steht im Bescheid', '15070649C103'],
      ['valid, as printed', 'Meine Nummer 15 070649 C 103 steht im Bescheid', '15 070649 C 103'],
      ['valid, fully spaced', 'Meine Nummer 15 070649 C 10 3 steht im Bescheid', '15 070649 C 10 3'],
      ['check digit wrong (typo): still removed', 'Meine Nummer 15070649C104 steht im Bescheid', '15070649C104'],
      ['lower-case letter', 'nummer 15070649c103 ok', '15070649c103'],
    ],
    ['Schritt 12 von 15 verlangt die Nummer.', 'Die Anlage SV fragt nach der Rentenversicherungsnummer.', 'Produkt 12345678X ist kaputt.'],
  );
});
