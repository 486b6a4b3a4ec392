import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('names in a signature', () => {
  itRemoves(
    'personName',
    [
      ['under a closing', 'Das Formular ist zu lang.\n\nViele Grüße\nAnna Schmidt', 'Anna Schmidt'],
      ['on the closing line', 'Bitte größer.\nMfG, Jürgen Weiß', 'Jürgen Weiß'],
      ['with an initial', 'Geht nicht.\n\nGruß\nKerstin M.', 'Kerstin M.'],
      ['closing with more words', 'Bitte ändern.\nLiebe Grüße und danke für die Hilfe\nFatma Öztürk', 'Fatma Öztürk'],
      ['Ukrainian', 'Дякую!\nЗ повагою,\nОксана Мельник', 'Оксана Мельник'],
      ['Turkish', 'Teşekkürler.\nSaygılarımla,\nMehmet Kaya', 'Mehmet Kaya'],
      ['Arabic', 'شكرًا لكم.\nمع تحياتي،\nمحمد العلي', 'محمد العلي'],
      ['Persian', 'فرم طولانی است.\nبا احترام،\nعلی رضایی', 'علی رضایی'],
      ['English, short', 'Please fix the upload — thanks, Maria', 'Maria'],
    ],
    [
      'Mit freundlichen Grüßen und vielen Dank für die Möglichkeit!',
      'Viele Grüße\nEine Alleinerziehende',
      'Mit freundlichen Grüßen\nIhr Team vom Familienzentrum',
      'Danke!\nBitte schnell ändern',
      'Bitte ändern.\nVielen Dank\nJobcenter Team Nord',
      'شكرًا على هذه الفرصة لتحسين النماذج.',
      'Teşekkürler, formlar artık daha anlaşılır oldu.',
    ],
  );
});
