import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('BG-Nummer (Nummer der Bedarfsgemeinschaft)', () => {
  itRemoves(
    'bgNumber',
    [
      ['compact', 'Meine BG 12345BG1234567 wird abgelehnt', '12345BG1234567'],
      ['with spaces', 'Nummer 12345 BG 1234567 steht im Bescheid', '12345 BG 1234567'],
      ['with hyphens', 'Nummer 12345-BG-1234567 steht im Bescheid', '12345-BG-1234567'],
      ['with a double slash, as printed on Jobcenter letters', 'Im Brief steht 12345//0012345 oben rechts', '12345//0012345'],
      ['lower case', 'bg-nummer 12345bg1234567', '12345bg1234567'],
      ['a digit missing (typo)', 'Meine BG 12345BG123456 wird abgelehnt', '12345BG123456'],
      ['after "BG-Nr."', 'BG-Nr.: 98765BG7654321', '98765BG7654321'],
      ['after "Nummer der Bedarfsgemeinschaft", broken shape', 'Nummer der Bedarfsgemeinschaft: 98765 7654321', '98765 7654321'],
    ],
    [
      'Das Feld BG-Nummer sollte ein Beispiel zeigen.',
      'In der Bedarfsgemeinschaft leben 4 Personen.',
      'BG-Nummer: fünf Ziffern, dann BG, dann sieben Ziffern.',
      'Die BG (Bedarfsgemeinschaft) lautet 4 Personen.',
    ],
  );
});
