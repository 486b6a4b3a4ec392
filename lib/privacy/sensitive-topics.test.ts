import { describe, expect, it } from 'vitest';
import { findSensitiveTerms, sensitiveTopics } from './index';

describe('sensitiveTopics', () => {
  it.each([
    ['Ich bin schwanger und brauche den Mehrbedarf.', ['pregnancy']],
    ['Wegen meiner Depression und der Schwerbehinderung (GdB 50) schaffe ich die Termine nicht.', ['health', 'disability']],
    ['Ich bin Muslimin, im Ramadan passt der Termin um 12 Uhr schlecht.', ['religion']],
    ['Als Rom wurde ich wegen meiner Herkunft rassistisch behandelt.', ['ethnicOrigin']],
    ['Ich bin Mitglied bei ver.di und brauche eine Bescheinigung.', ['tradeUnion']],
    ['Ich lebe mit meinem Partner in einer schwulen Beziehung.', ['sexLife']],
    ['I am pregnant and the hospital letter is attached.', ['health', 'pregnancy']],
    ['Я вагітна і хворію, тому не можу прийти.', ['health', 'pregnancy']],
    ['Я инвалид и хожу в церковь.', ['disability', 'religion']],
    ['Hamileyim ve hastanedeyim, İslam dinine mensubum, sendika üyesiyim.', ['health', 'pregnancy', 'religion', 'tradeUnion']],
    ['أنا حامل وأذهب إلى المستشفى بسبب مرض السكري', ['health', 'pregnancy']],
    ['من باردار هستم و بیماری دارم', ['health', 'pregnancy']],
  ])('%j touches %j', (text, topics) => {
    expect(sensitiveTopics(text)).toEqual(topics);
  });

  it.each([
    'Die Schrift ist zu klein und der Button „Weiter“ ist versteckt.',
    'Meine Krankenversichertennummer und die Krankenkasse stehen schon im Formular.',
    'Die Herkunft des Vermögens muss man nicht nachweisen, steht in Anlage VM.',
    'Der Transport der Unterlagen dauert, Christoph hat einen Roman gelesen.',
    'Post an Kirchweg 7 wird nicht zugestellt.',
    'الجنسية السورية غير موجودة في القائمة.',
    'Bu formu dinlemek yerine okumak istiyorum.',
    'خانم در پذیرش خیلی کمک کرد.',
  ])('%j touches nothing', (text) => {
    expect(sensitiveTopics(text)).toEqual([]);
  });

  it('says which words touched a topic, so the question can point at them', () => {
    const text = 'Ich bin schwanger.';
    const [term] = findSensitiveTerms(text);
    expect(term?.topic).toBe('pregnancy');
    expect(text.slice(term!.start, term!.end)).toBe('schwanger');
  });
});
