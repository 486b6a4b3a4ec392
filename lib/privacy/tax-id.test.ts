import { describe, expect, it } from 'vitest';
import { itRemoves, removed } from './test-support';

describe('Steuer-ID', () => {
  itRemoves(
    'taxId',
    [
      ['valid, compact', 'Steuer-ID 86095742719 eingegeben', '86095742719'],
      ['valid, as printed by the BZSt', 'Meine ID 86 095 742 719 wird abgelehnt', '86 095 742 719'],
      ['valid, in threes', 'Meine ID 860 957 427 19 wird abgelehnt', '860 957 427 19'],
      ['check digit wrong (typo): still removed', 'Meine ID 86095742718 wird abgelehnt', '86095742718'],
      ['after a year', 'seit 2024 86095742719 im Formular', '86095742719'],
      ['before a count', 'Ich habe 86095742719 2 mal eingegeben', '86095742719'],
      ['after "Steuer-ID", a digit missing', 'Meine Steuer-ID ist 8609574271, sagt Fehler', '8609574271'],
    ],
    [
      'Ich finde das Feld für die Steuer-ID nicht.',
      'Im Jahr 2023 gab es 12345 Anträge.',
      'Build 20240315 und Version 1.2.3.',
      'Kartennummer 1234 5678 9012 3456 ist keine Steuer-ID.',
      'Summe 12.345.678,90 € im Jahr.',
    ],
  );

  it('reads eleven digits that pass the Turkish check as a Turkish identity number', () => {
    expect(removed('Numaram 10000000146 neden soruluyor?')).toEqual([['idCardNumber', '10000000146']]);
  });
});
