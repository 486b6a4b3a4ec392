import { describe, expect, it } from 'vitest';
import { Language } from '../model';
import { chooseLanguage, describeImport, describeProblem, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, textDirection } from '.';
import { translator } from './catalogues';
import { ar } from './messages/ar';
import { de, type Message, type Messages } from './messages/de';
import { en } from './messages/en';
import { fa } from './messages/fa';
import { ru } from './messages/ru';
import { tr } from './messages/tr';
import { uk } from './messages/uk';

const catalogues: Record<string, Messages> = { en, uk, ar, tr, ru, fa };

const formsOf = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
/** The distinct placeholders of a message in all its plural forms ("1 Vorschlag" may leave out {count}). */
const placeholders = (message: Message): string[] => [...new Set(formsOf(message).flatMap((form) => form.match(/\{\w+\}/g) ?? []))].sort();

describe('catalogues', () => {
  it('cover every language the model knows', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual([...Language.options].sort());
  });

  describe.each(Object.entries(catalogues))('%s', (_name, messages) => {
    it('has exactly the keys of German', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(de).sort());
    });

    it('keeps the placeholders of German in every message', () => {
      const mismatches = Object.entries(de)
        .filter(([key, german]) => placeholders(messages[key as keyof Messages]).join() !== placeholders(german).join())
        .map(([key]) => key);
      expect(mismatches).toEqual([]);
    });

    it('translates every message (no empty strings)', () => {
      expect(Object.entries(messages).filter(([, message]) => formsOf(message).some((form) => form.trim() === '')).map(([key]) => key)).toEqual([]);
    });
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('uk')('menu.mySuggestions', { count: 3 })).toBe('Мої пропозиції (3)');
    expect(translator('tr')('marker.label', { number: 2 })).toBe('Öneri 2: {label}');
  });

  it("speaks the browser's language when the person chose none, else the page's", () => {
    expect(chooseLanguage(undefined, ['uk-UA', 'de'], 'de')).toBe('uk');
    expect(chooseLanguage(undefined, ['pl-PL', 'ru'], 'de')).toBe('ru');
    expect(chooseLanguage(undefined, ['pl'], 'uk-UA')).toBe('uk');
    expect(chooseLanguage('fa', ['de'], 'de')).toBe('fa');
    expect(chooseLanguage(undefined, ['pl'], 'pl')).toBe('de');
    // A page the person switched to Arabic speaks for them more than the office browser's German.
    expect(chooseLanguage(undefined, ['de-DE'], 'ar')).toBe('ar');
  });

  it('counts in words: one suggestion, several suggestions, never "1 Vorschläge"', () => {
    expect(translator('de')('send.waiting', { count: 1 })).toBe('Es wartet 1 Vorschlag auf den Versand.');
    expect(translator('de')('send.waiting', { count: 3 })).toBe('Es warten 3 Vorschläge auf den Versand.');
    expect(translator('de')('review.removed', { count: 1 })).toBe('Wir haben 1 persönliche Angabe entfernt. Sie ist markiert.');
    expect(translator('en')('send.batchLine', { count: 1, date: '1.1.', state: 'sent' })).toBe('Batch of 1.1. with 1 suggestion: sent');
  });

  it('writes Arabic and Persian right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ru')).toBe('ltr');
  });
});

describe('choosing the language', () => {
  it('reads tags in any case and with a region, and passes over an unknown choice to the page', () => {
    expect(chooseLanguage('AR-eg', [], 'de')).toBe('ar');
    expect(chooseLanguage('pl', [], 'tr-TR')).toBe('tr');
    expect(chooseLanguage(undefined, [], undefined)).toBe('de');
    expect(chooseLanguage('', [''], '')).toBe('de');
  });

  it('names every language in the select differently, each in its own words', () => {
    const names = Language.options.map((language) => LANGUAGE_NAMES[language]);
    expect(new Set(names).size).toBe(Language.options.length);
    expect(LANGUAGE_NAMES.ar).toBe('العربية');
    expect(LANGUAGE_NAMES.de).toBe('Deutsch');
  });
});

describe("problems in the person's language", () => {
  it('words a code with its parameters in each language, sizes as the language writes numbers', () => {
    const tooLarge = { code: 'file.too-large', params: { size: 70_000_000, limit: 10_000_000 } } as const;
    expect(describeProblem(tooLarge, translator('de'), 'de')).toBe(
      'Die Datei ist 70 MB groß; Paketdateien dürfen höchstens 10 MB groß sein. Es wurde nichts importiert. Bitte lassen Sie die Vorschläge in kleineren Paketen exportieren.',
    );
    expect(describeProblem(tooLarge, translator('uk'), 'uk')).toMatch(/^Розмір файлу 70 MB/);
    expect(describeProblem({ code: 'delivery.server-error', params: { status: 503 } }, translator('ar'), 'ar')).toContain('HTTP 503');
  });

  it('lists the first bad fields of a file and counts the rest, however many there are', () => {
    const fields = Array.from({ length: 5 }, (_, index) => ({ path: `suggestions[${index}].id`, code: 'format' as const, params: { format: 'uuid' } }));
    const text = describeProblem({ code: 'file.invalid', params: { count: 120_000 }, fields }, translator('de'), 'de');
    expect(text).toContain('Die Paketdatei ist ungültig (120000 Fehler).');
    expect(text).toContain('suggestions[0].id: falsches Format (uuid)');
    expect(text).toContain('… und 119995 weitere Fehler');
    expect(text.length).toBeLessThan(600);
  });

  it('says what an import did with correct plurals', () => {
    const report = { outcome: 'imported', batchIds: [], added: ['a'], alreadyKnown: ['b', 'c'] } as const;
    expect(describeImport({ ...report, added: [...report.added], alreadyKnown: [...report.alreadyKnown], batchIds: [] }, translator('de'))).toBe(
      '1 Vorschlag wurde übernommen und wird gesendet, sobald der Empfänger erreichbar ist. 2 Vorschläge waren schon vorhanden und wurden übersprungen.',
    );
  });
});
