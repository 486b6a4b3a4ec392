import { describe } from 'vitest';
import { itRemoves } from './test-support';

describe('postal addresses', () => {
  itRemoves(
    'postalAddress',
    [
      ['street and number', 'Post ging an Musterweg 12 statt', 'Musterweg 12'],
      ['street, postcode and town as one address', 'Ich wohne in der Lindenstraße 14a, 12345 Musterstadt, seit Mai', 'Lindenstraße 14a, 12345 Musterstadt'],
      ['abbreviated "Str."', 'Umzug in die Hauptstr. 5, 04109 Leipzig', 'Hauptstr. 5, 04109 Leipzig'],
      ['German address in Cyrillic script', 'Я живу за адресою Лінденштрасе 14а, 45127 Ессен, лист не дійшов', 'Лінденштрасе 14а, 45127 Ессен'],
      ['German address in Arabic script', 'عنواني هاوبتشتراسه 5، 10115 برلين والرمز البريدي لا يقبل', 'هاوبتشتراسه 5، 10115 برلين'],
      ['street as a separate word in Cyrillic', 'Адрес: Кёльнер штрассе 12, 40211 Дюссельдорф — письма не доходят', 'Кёльнер штрассе 12, 40211 Дюссельдорф'],
      ['hyphenated name and number range', 'an Friedrich-Ebert-Allee 12–14, 53113 Bonn schicken', 'Friedrich-Ebert-Allee 12–14, 53113 Bonn'],
      ['two-word name', 'Ich wohne Lange Straße 3 seit', 'Lange Straße 3'],
      ['preposition street', 'Adresse: Am Sonnenhang 7, 79098 Freiburg im Breisgau –', 'Am Sonnenhang 7, 79098 Freiburg im Breisgau'],
      ['preposition street, two words', 'Anschrift Zum Alten Forsthaus 3b schneidet', 'Zum Alten Forsthaus 3b'],
      ['on two lines', 'Lindenallee 4b\n10115 Berlin', 'Lindenallee 4b\n10115 Berlin'],
      ['town with parentheses', 'Wohnort 06108 Halle (Saale) seit', '06108 Halle (Saale)'],
    ],
    [
      'Die Straße und Hausnummer passen nicht in ein Feld mit 30 Zeichen.',
      'Der Arbeitsplatz 2 im Büro hat keinen Drucker.',
      'Auf dem Postweg 3 Wochen zu warten ist zu lang.',
      'Im Schritt 4 (Einkommen) fehlt der Hinweis. Am Ende 3 Fehler.',
      'Auf der Seite 5 steht was anderes als in Zeile 3.',
      'Im Jahr 2023 gab es 12345 Anträge und 15000 Euro.',
      'Das Jobcenter Berlin Mitte (Müllerstraße) hat andere Öffnungszeiten.',
      'Am Montag 3 Stunden gewartet.',
      'Die PLZ wird nicht automatisch ergänzt.',
    ],
  );
});
