/**
 * The languages Mitgestalten speaks, German first. A plain list (no zod) so that code running on every
 * page view can name them without loading the schemas; `Language` in suggestion.ts is built from it.
 */
export const LANGUAGES = ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'fa'] as const;

export type LanguageCode = (typeof LANGUAGES)[number];
