import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('e-mail addresses', () => {
  itRemoves(
    'email',
    [
      ['plain', 'Bitte an max.mustermann@web.de schicken.', 'max.mustermann@web.de'],
      ['underscore, digits, hyphenated domain', 'Mail thomas_mueller84@t-online.de geht nicht', 'thomas_mueller84@t-online.de'],
      ['country sub-domain', 'write to j.smith@example.co.uk.', 'j.smith@example.co.uk'],
      ['non-Latin local part', 'Пишіть на олена@приклад.укр будь ласка', 'олена@приклад.укр'],
      ['spelled "(at)"', 'Kontakt anna.schmidt (at) gmx.de bitte', 'anna.schmidt (at) gmx.de'],
      ['spelled "[at]" and "(dot)"', 'Antwort an ali.yilmaz[at]web(dot)de', 'ali.yilmaz[at]web(dot)de'],
    ],
    ['Im Feld E-Mail fehlt das @-Zeichen.', 'Treffen um 10 Uhr at the office.', 'Preis: 3 @ 5 €'],
  );
});
