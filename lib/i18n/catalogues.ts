import type { Language } from '../model';
import { createTranslator, type Messages, type Translate } from '.';
import { ar } from './messages/ar';
import { de } from './messages/de';
import { en } from './messages/en';
import { fa } from './messages/fa';
import { ru } from './messages/ru';
import { tr } from './messages/tr';
import { uk } from './messages/uk';

/**
 * All seven catalogues at once: for contexts that serve or need any language (the extension's background,
 * its options page, tests). Code that runs in a page loads one at a time instead.
 */
export const CATALOGUES: Readonly<Record<Language, Messages>> = { de, en, uk, ar, tr, ru, fa };

/** A translator for one language, from the catalogues bundled here. */
export function translator(language: Language): Translate {
  return createTranslator(language, CATALOGUES[language]);
}
