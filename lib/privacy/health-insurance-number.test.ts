import { describe, expect, it } from 'vitest';
import { itRemoves, removed } from './test-support';

describe('Krankenversichertennummer', () => {
  itRemoves(
    'healthInsuranceNumber',
    [
      ['valid, compact', 'Versichert unter A123456780 bei der Kasse', 'A123456780'],
      ['valid, spaced', 'Versichert unter A 123 456 780 bei der Kasse', 'A 123 456 780'],
      ['check digit wrong (typo): still removed', 'Versichert unter A123456781 bei der Kasse', 'A123456781'],
      ['after "Versichertennummer"', 'Versichertennummer: B289197907', 'B289197907'],
    ],
    ['Die Krankenversichertennummer steht auf der Karte.', 'Anlage SV Seite 2, Feld A12.', 'Windows 11 und Office 365'],
  );

  it('calls it a passport number when the label says so', () => {
    expect(removed('Passnummer N012345678 wird nicht angenommen')).toEqual([['idCardNumber', 'N012345678']]);
  });
});
