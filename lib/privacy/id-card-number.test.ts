import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('ID card, passport and residence permit numbers', () => {
  itRemoves(
    'idCardNumber',
    [
      ['German ID card (specimen)', 'Ausweis L01X00T47 liegt bei', 'L01X00T47'],
      ['with ICAO check digit', 'Nummer L01X00T471 liegt bei', 'L01X00T471'],
      ['without a label', 'Kopie hochgeladen (T22000129), trotzdem Fehler', 'T22000129'],
      ['after "Passnummer", foreign format', 'Passnummer FE123456 wird abgelehnt', 'FE123456'],
      ['Ukrainian domestic passport', 'Мій паспорт КВ 123456 не підходить', 'КВ 123456'],
      ['after "T.C. Kimlik No"', 'T.C. Kimlik No: 12345678901 neden?', '12345678901'],
    ],
    [
      'Der Ausweis muss gültig sein.',
      'Pass 2024 verlängert, Ausweis 3 Wochen unterwegs.',
      'Formular WBA, Anlage KdU, HTML5 und CSS3.',
      'Das Passwort 12345678 ist zu einfach.',
    ],
  );
});
