import type { Language } from '../model';

/**
 * Each language named in its own words, for the language choice: a person who cannot read the current
 * language must still find their own. Kept apart from the catalogues so that offering the choice never
 * loads all seven of them.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  de: 'Deutsch',
  en: 'English',
  uk: 'Українська',
  ar: 'العربية',
  tr: 'Türkçe',
  ru: 'Русский',
  fa: 'فارسی',
};
