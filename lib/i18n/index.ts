import type { Language } from '../model';
import { de, type MessageKey, type Messages } from './messages/de';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { fa } from './messages/fa';
import { ru } from './messages/ru';
import { tr } from './messages/tr';
import { uk } from './messages/uk';

export type { MessageKey, Messages };

const CATALOGUES: Partial<Record<Language, Messages>> = { de, en, uk, ar, tr, ru, fa };

/** Languages written right to left; the overlay mirrors its layout for them. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar', 'fa']);

export const SUPPORTED_LANGUAGES = Object.keys(CATALOGUES) as Language[];

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language; missing catalogues fall back to German, the source language. */
export function translator(language: Language): Translate {
  const messages = CATALOGUES[language] ?? de;
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (params && name in params ? String(params[name]) : placeholder));
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * The language to speak: the person's own choice first, then the host page's `lang`, then German.
 * Accepts BCP 47 tags such as "de-DE" or "uk-UA".
 */
export function chooseLanguage(preferred: string | undefined, pageLang: string | undefined): Language {
  for (const tag of [preferred, pageLang]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && (SUPPORTED_LANGUAGES as string[]).includes(base)) return base as Language;
  }
  return 'de';
}
