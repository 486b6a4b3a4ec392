import { describe, expect, it } from 'vitest';
import { Language } from '../model';
import { chooseLanguage, SUPPORTED_LANGUAGES, textDirection, translator } from '.';
import { ar } from './messages/ar';
import { de, type Messages } from './messages/de';
import { en } from './messages/en';
import { fa } from './messages/fa';
import { ru } from './messages/ru';
import { tr } from './messages/tr';
import { uk } from './messages/uk';

const catalogues: Record<string, Messages> = { en, uk, ar, tr, ru, fa };

/** The placeholders of a message, sorted, with repeats: "{count} von {count}" gives two. */
const placeholders = (message: string): string[] => (message.match(/\{\w+\}/g) ?? []).sort();

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
      expect(Object.entries(messages).filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('uk')('menu.mySuggestions', { count: 3 })).toBe('Мої пропозиції (3)');
    expect(translator('tr')('marker.label', { number: 2 })).toBe('Öneri 2: {label}');
  });

  it('speaks the language of the page when the person chose none', () => {
    expect(chooseLanguage(undefined, 'uk-UA')).toBe('uk');
    expect(chooseLanguage('fa', 'de')).toBe('fa');
    expect(chooseLanguage(undefined, 'pl')).toBe('de');
  });

  it('writes Arabic and Persian right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ru')).toBe('ltr');
  });
});

describe('choosing the language', () => {
  it('reads tags in any case and with a region, and passes over an unknown choice to the page', () => {
    expect(chooseLanguage('AR-eg', 'de')).toBe('ar');
    expect(chooseLanguage('pl', 'tr-TR')).toBe('tr');
    expect(chooseLanguage(undefined, undefined)).toBe('de');
    expect(chooseLanguage('', '')).toBe('de');
  });

  it('names every language in the select differently, each in its own words', () => {
    const names = Language.options.map((language) => translator(language)('language.name'));
    expect(new Set(names).size).toBe(Language.options.length);
    expect(translator('ar')('language.name')).toBe('العربية');
    expect(translator('de')('language.name')).toBe('Deutsch');
  });
});
