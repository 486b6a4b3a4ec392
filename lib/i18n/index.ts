// Types only from the model's index, and the plain language list: this runs on every page view, without zod.
import type { ImportReport, Language, Problem } from '../model';
import { LANGUAGES } from '../model/languages';
import type { Message, MessageKey, Messages } from './messages/de';

/*
 * Turning keys and codes into words, for one language whose catalogue is at hand. The catalogues
 * themselves are in ./catalogues (all seven, for the background, the options page and tests) or are
 * loaded one at a time on first use: a page pays for the person's one language, never for all seven.
 */

export type { Message, MessageKey, Messages };

/** Languages written right to left; the overlay mirrors its layout for them. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar', 'fa']);

export const SUPPORTED_LANGUAGES: readonly Language[] = LANGUAGES;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The launcher's words: all a page view shows before (and often without) the rest of the overlay. */
export const LAUNCHER_KEYS = ['launcher.open', 'launcher.count', 'launcher.collapse', 'launcher.expand', 'launcher.move'] as const;
export type LauncherKey = (typeof LAUNCHER_KEYS)[number];
export type LauncherWords = Pick<Messages, LauncherKey>;

/** The launcher's words out of a whole catalogue. */
export const launcherWordsOf = (messages: Messages): LauncherWords =>
  Object.fromEntries(LAUNCHER_KEYS.map((key) => [key, messages[key]])) as LauncherWords;

/** A translator over the launcher's words only; a full `Translate` is one too. */
export type LauncherTranslate = (key: LauncherKey, params?: Record<string, string | number>) => string;

/**
 * A translator over one language's catalogue: the overlay's (`Messages`), or another with the same form
 * of messages, such as the triage board's (lib/i18n/board-messages), which the overlay never loads.
 */
export function createTranslator(language: Language, messages: Messages): Translate;
export function createTranslator<K extends string>(language: Language, messages: Record<K, Message>): (key: K, params?: Record<string, string | number>) => string;
export function createTranslator<K extends string>(language: Language, messages: Record<K, Message>) {
  // Made on the first message with plural forms: the launcher on a page view mostly asks for none.
  let plurals: Intl.PluralRules | undefined;
  return (key: K, params?: Record<string, string | number>) => {
    const message: Message = messages[key];
    const text = typeof message === 'string' ? message : (message[(plurals ??= new Intl.PluralRules(language)).select(Number(params?.count ?? 0))] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (params && name in params ? String(params[name]) : placeholder));
  };
}

/**
 * A problem (lib/model `Problem`) as sentences for the person, in their language: what happened and what
 * to do, then the first bad fields of a file, each with its path. Bounded, whatever a hostile file holds.
 */
export function describeProblem(problem: Problem, t: Translate, language: Language): string {
  const params = { ...problem.params };
  for (const name of ['size', 'limit'] as const) if (typeof params[name] === 'number') params[name] = formatBytes(params[name], language);
  const parts = [t(`problem.${problem.code}`, params)];
  if (typeof problem.params?.line === 'number') parts.push(`(${t('problem.position', problem.params)})`);
  const serverCode = (problem.params as { serverCode?: unknown } | undefined)?.serverCode;
  if (typeof serverCode === 'string') parts.push(`(${t('problem.serverCode', { code: serverCode })})`);
  const fields = problem.fields ?? [];
  for (const field of fields) parts.push(t(`field.${field.code}`, { path: field.path || '(…)', ...field.params }));
  const total = typeof problem.params?.count === 'number' ? problem.params.count : fields.length;
  if (total > fields.length) parts.push(t('field.more', { count: total - fields.length }));
  return parts.join(' ');
}

/** "4 MB", "1,5 MB", "800 KB": decimal units as file managers show them, numbers as the language writes them. */
export function formatBytes(bytes: number, language: Language): string {
  const format = (value: number, unit: string) => `${value.toLocaleString(language, { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes >= 1_000_000) return format(bytes / 1_000_000, 'MB');
  if (bytes >= 1_000) return format(bytes / 1_000, 'KB');
  return format(bytes, 'B');
}

/** What an import did, in the person's language. */
export function describeImport(report: ImportReport, t: Translate): string {
  if (report.outcome === 'already-imported') return t('import.alreadyImported');
  if (report.outcome === 'nothing-new') return t('import.nothingNew');
  const skipped = report.alreadyKnown.length > 0 ? ` ${t('import.skipped', { count: report.alreadyKnown.length })}` : '';
  return `${t('import.imported', { count: report.added.length })}${skipped}`;
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/**
 * The language to speak: the person's own choice first; then a page in one of our languages other than
 * German (Jobcenter pages are German first, so a translated page is one the person chose); then the first
 * of the browser's languages that we speak (a Ukrainian reader on a German page); then the page's own;
 * then German. Accepts BCP 47 tags such as "de-DE" or "uk-UA".
 */
export function chooseLanguage(preferred: string | undefined, browserLanguages: readonly string[], pageLang: string | undefined): Language {
  const translatedPage = pageLang?.toLowerCase().startsWith('de') ? undefined : pageLang;
  for (const tag of [preferred, translatedPage, ...browserLanguages, pageLang]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base && (SUPPORTED_LANGUAGES as string[]).includes(base)) return base as Language;
  }
  return 'de';
}
export { LANGUAGE_NAMES } from './language-names';

/**
 * A catalogue received from another context (the extension's background): keys to sentences or to
 * plural forms. Checked here without zod, which the code that runs on every page view must not carry.
 */
export function isCatalogue(value: unknown): value is Messages {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (message) => typeof message === 'string' || (typeof message === 'object' && message !== null && typeof (message as { other?: unknown }).other === 'string'),
  );
}
