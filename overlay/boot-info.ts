import type { DeviceService } from '../lib/device';
import { chooseLanguage, launcherWordsOf, type Messages } from '../lib/i18n';
import type { Language, PageInfo } from '../lib/model';
// Not the model's index: this file is also part of what the widget runs on a page view, without zod.
import { isSamePage } from '../lib/model/page-identity';
import type { BootFacts } from '../lib/store/boot-facts';
import type { BootInfo } from './boot';

/** What the boot asks about the page it runs on. */
export interface BootQuestion {
  page: PageInfo;
  /** `navigator.languages` of the person's browser. */
  browserLanguages: readonly string[];
  /** The page's own language (`<html lang>`, or what the site configured for the widget). */
  pageLanguage?: string | undefined;
}

type LoadCatalogue = (language: Language) => Messages | Promise<Messages>;

const DEFAULT_LAUNCHER: BootInfo['launcher'] = { corner: 'bottom-end', collapsed: false };

/** A language's catalogue, and the launcher's words from it: the words serve the page view, the catalogue the rest on first use. */
async function inLanguage(language: Language, catalogue: LoadCatalogue): Promise<Pick<BootInfo, 'language' | 'words' | 'catalogue'>> {
  const messages = await catalogue(language);
  return { language, words: launcherWordsOf(messages), catalogue: async () => messages };
}

/** The boot information of a device that has never stored anything: nothing to ask it. */
export async function firstBootInfo(question: Omit<BootQuestion, 'page'>, catalogue: LoadCatalogue): Promise<BootInfo> {
  const language = chooseLanguage(undefined, question.browserLanguages, question.pageLanguage);
  return { ...(await inLanguage(language, catalogue)), launcher: DEFAULT_LAUNCHER, pageCount: 0, hasDraft: false };
}

/** What the store says that decides a page view's boot: read by the device, or by the widget's boot reader. */
export type StoreBootFacts = Pick<BootFacts, 'language' | 'launcher' | 'pageCount' | 'hasDraft'>;

/** The boot information from the store's facts: the language to speak is chosen here. */
export async function bootInfoOf(facts: StoreBootFacts, question: Omit<BootQuestion, 'page'>, catalogue: LoadCatalogue): Promise<BootInfo> {
  const language = chooseLanguage(facts.language, question.browserLanguages, question.pageLanguage);
  return { ...(await inLanguage(language, catalogue)), launcher: facts.launcher ?? DEFAULT_LAUNCHER, pageCount: facts.pageCount, hasDraft: facts.hasDraft };
}

/**
 * The one answer a page view needs before anything is clicked, for both shells (the extension's
 * background, the widget in the page): the person's language and its launcher words, where the launcher
 * goes, how many suggestions this page has, and whether a draft of this page waits.
 */
export async function readBootInfo(device: DeviceService, question: BootQuestion, catalogue: LoadCatalogue): Promise<BootInfo> {
  const [settings, onPage, draft] = await Promise.all([device.readSettings(), device.listPage(question.page), device.readDraft()]);
  return bootInfoOf(
    { language: settings.language, launcher: settings.launcher, pageCount: onPage.length, hasDraft: draft !== null && isSamePage(draft.page, question.page) },
    question,
    catalogue,
  );
}
