import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('case numbers (Aktenzeichen)', () => {
  itRemoves(
    'caseNumber',
    [
      ['Sozialgericht', 'Klage S 12 AS 345/24 läuft', 'S 12 AS 345/24'],
      ['urgent procedure', 'Das Sozialgericht (S 3 AS 77/25 ER) hat', 'S 3 AS 77/25 ER'],
      ['Landessozialgericht, complaint', 'Das Verfahren L 7 AS 1234/19 B ER läuft', 'L 7 AS 1234/19 B ER'],
      ['Widerspruch', 'Widerspruch W-4711/24 wurde nicht bearbeitet', 'W-4711/24'],
      ['after "Aktenzeichen", any format', 'Aktenzeichen 123-45678/2024 bitte', '123-45678/2024'],
      ['Bundessozialgericht without citation', 'Meine Revision B 14 AS 51/20 R ist offen', 'B 14 AS 51/20 R'],
    ],
    [
      // A published BSG decision is cited like a paragraph.
      'Das BSG hat mit Urteil vom 12.05.2021 – B 14 AS 51/20 R – entschieden.',
      '§ 22 Abs. 1 SGB II und § 84 SGG.',
      'Formular WBA Seite 3/5.',
      'Az. bitte angeben.',
      'Sayfa 2/5 çok az 10 dakika sürdü.',
    ],
  );
});
