import { describe, expect, it } from 'vitest';
import { removed } from './test-support';

const names = (text: string, language: Parameters<typeof removed>[1] = 'de') => removed(text, language).filter(([kind]) => kind === 'personName').map(([, name]) => name);

describe('names after the cues people really write (issue 10)', () => {
  it.each([
    ['relation word, German', 'Unser Vermieter Herbert Kranz will nicht unterschreiben.', 'de', ['Herbert Kranz']],
    ['relation word, one unknown name', 'mein Sohn Ben ist 17 und macht eine Ausbildung', 'de', ['Ben']],
    ['relation word, Ukrainian, inflected', 'Я подавала заяву разом з чоловіком Андрієм Коваленком.', 'uk', ['Андрієм Коваленком']],
    ['relation word, Arabic', 'قدمت الطلب مع زوجتي فاطمة لكن لا يوجد مكان لدخلها.', 'ar', ['فاطمة']],
    ['relation word, Turkish', 'Eşim Ayşe de başvuruda var.', 'tr', ['Ayşe']],
    ['introduction, weak cue and a known name', 'Ich bin Fatma und verstehe den Mehrbedarf nicht.', 'de', ['Fatma']],
    ['introduction, Persian', 'من رضا احمدی هستم و معنی Mehrbedarf را نمی‌فهمم.', 'fa', ['رضا احمدی']],
    ['label', 'Name: Katarina Petrović\nProblem: Das Datum geht nicht.', 'de', ['Katarina Petrović']],
    ['name before "hier"', 'Jens Peters hier, ich arbeite in der Eingangszone.', 'de', ['Jens Peters']],
    ['list after a relation word', 'Wir sind fünf: ich, mein Mann Ali, Sara, Yusuf und Mira.', 'de', ['Ali', 'Sara', 'Yusuf', 'Mira']],
    ['names in brackets', 'Die Kinder (Emil, Lotta) gehen zur Schule.', 'de', ['Emil', 'Lotta']],
    ['c/o and i. A.', 'Post bitte c/o Brigitte Sander. i. A. Weber, Jobcenter Mitte', 'de', ['Brigitte Sander', 'Weber']],
    ['Latin name in an Ukrainian text', 'Мій чоловік Dmytro Kovalenko працює на Minijob.', 'uk', ['Dmytro Kovalenko']],
    ['greeting on a portal page', 'Willkommen, Anna Müller – Weiterbewilligungsantrag', 'de', ['Anna Müller']],
  ] as const)('%s', (_, text, language, expected) => {
    expect(names(text, language)).toEqual(expected);
  });

  it.each([
    'Mein Fallmanager Teilzeitstellen bietet er nie an.',
    'Weil meine Frau Arbeit sucht, brauchen wir die Kinderbetreuung früher.',
    'Ich bin Alleinerziehende und verstehe den Mehrbedarf nicht.',
    'Мій консультант Термін переніс без попередження.',
    'أخي الصغير يساعدني في القراءة.',
    'Ben öğrenciyim ve yardım alıp alamayacağımı bilmiyorum.',
    'Herrn Schulze-Brandt, Raum 3.14',
  ])('keeps the ordinary words in %j', (text) => {
    expect(names(text).filter((name) => name !== 'Schulze-Brandt')).toEqual([]);
  });
});

describe('signatures', () => {
  it.each([
    ['more lines after the name', 'Bitte erklären.\n\nMit freundlichen Grüßen\nSabine Kowalski\nTel. 0176 23456789', ['Sabine Kowalski']],
    ['initial', 'Der Antrag ist zu lang.\nMfG D. Schröder', ['D. Schröder']],
    ['dash', 'Der Hinweis fehlt komplett.\n– Yasemin', ['Yasemin']],
    ['Arabic script, family name after a given name', 'فرم خیلی طولانی است.\nبا احترام\nزهرا محمدی\nتلفن 0152 33445566', ['زهرا محمدی']],
  ] as const)('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['С уважением, ваш клиент', 'Viele Grüße\nEine verzweifelte Mutter', 'مع تحياتي،\nأحد العملاء', 'Teşekkürler,\nüç çocuk annesi'])('keeps a closing without a name: %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
