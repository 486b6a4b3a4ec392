import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('names after a salutation, an introduction or a role', () => {
  itRemoves(
    'personName',
    [
      ['after "Frau", title kept', 'Sehr geehrte Frau Dr. Yılmaz-Becker, der Link', ['Yılmaz-Becker']],
      ['after "Herrn"', 'Termin bei Herrn Schulze-Brandt, Raum 3.14', ['Schulze-Brandt']],
      ['first and last name', 'Hallo Herr Max Mustermann, danke', ['Max Mustermann']],
      ['with particle', 'Frau von der Heide hat das erklärt', ['von der Heide']],
      ['after a role', 'Sachbearbeiterin Kowalski hat gesagt', ['Kowalski']],
      ['introduction', 'Ich heiße Maria Gonzalez und finde', ['Maria Gonzalez']],
      ['Ukrainian', 'Пані Коваленко сказала, що', ['Коваленко']],
      ['Russian', 'Госпожа Иванова из Jobcenter', ['Иванова']],
      ['Turkish honorific after the name', 'Danışmanım Ahmet Bey çok yardımcı', ['Ahmet']],
      ['Turkish "Sayın"', 'Sayın Müller, bağlantı açılmıyor', ['Müller']],
      ['Arabic', 'السيدة فاطمة الزهراء في مكتب الاستقبال', ['فاطمة الزهراء']],
      ['Persian', 'آقای Schneider گفت که', ['Schneider']],
    ],
    [
      'Die Frau am Empfang war sehr freundlich.',
      'Im Merkblatt steht „Jede Frau Anspruch auf Mutterschutz“.',
      'Herr und Frau sind im Formular vorausgewählt.',
      'Die Sachbearbeiterin hat mir erklärt, dass ich die Anlage UH4 brauche.',
      'Пані на рецепції дуже допомогла.',
      'السيدة في الاستقبال كانت لطيفة جدًا.',
      'خانم در پذیرش خیلی کمک کرد.',
      '6 adımın 3. adımında bir açıklama eksik.',
    ],
  );
});
