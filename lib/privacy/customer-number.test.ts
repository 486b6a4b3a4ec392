import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('Kundennummer der Bundesagentur für Arbeit', () => {
  itRemoves(
    'customerNumber',
    [
      ['compact', 'Meine ist 123A456789, aber', '123A456789'],
      ['with spaces', 'Meine ist 123 A 456789, aber', '123 A 456789'],
      ['after "Kundennummer", a digit missing', 'Kundennummer 123A45678 (vielleicht falsch)', '123A45678'],
      ['after "Kd.-Nr."', 'Kd.-Nr. 456B123789 wird nicht erkannt', '456B123789'],
      ['after a Turkish label', 'Müşteri numaram (Kundennummer) 987F654321 nerede?', '987F654321'],
    ],
    [
      'Der Hinweis zur Kundennummer sollte sagen, wo man sie findet.',
      'Anlage UH4 und Version 3A ausfüllen.',
      'Kundennummer: steht oben rechts, 10 Zeichen lang.',
    ],
  );
});
