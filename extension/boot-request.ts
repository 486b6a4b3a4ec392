import { sharedUntilFailure } from '../lib/async/shared-until-failure';
import { currentStepText } from '../lib/compose/current-step';
import { isCatalogue, LAUNCHER_KEYS, type LauncherWords, type Messages } from '../lib/i18n';
import type { Language } from '../lib/model';
import type { BootInfo, Handover, MountedOverlay } from '../overlay/boot';

/*
 * The content script's side of the boot: the few messages a page sends before the rest of the overlay is
 * loaded. This runs on every page view, so it carries no zod: the answers are checked by hand here, the
 * requests with zod in the background (extension/boot-service.ts).
 */

export const BOOT_CHANNEL = 'mitgestalten/boot';
export const LOAD_OVERLAY_CHANNEL = 'mitgestalten/load-overlay';
/** Where the injected rest of the overlay (entrypoints/overlay.ts) leaves its mount function, in the extension's own world. */
export const OVERLAY_GLOBAL = '__mitgestaltenOverlay';

export type Mount = (handover: Handover) => Promise<MountedOverlay>;
type SendMessage = (message: unknown) => Promise<unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Where this page is, as far as the background needs it to count its suggestions: no query, no fragment. */
function whereWeAre(doc: Document) {
  const step = currentStepText(doc);
  return { url: `${doc.location.origin}${doc.location.pathname}`, title: doc.title, ...(step ? { step } : {}) };
}

/**
 * The boot's answer as it crosses from the background: the catalogue as JSON text. Chrome hands a message's
 * objects to the page's world value by value; for a catalogue of some 300 messages that cost about 2 ms of
 * the page's main thread on every page view (measured with the page-load benchmark), one string nothing. It
 * is parsed only when the rest of the overlay mounts; a page view reads the launcher's words alone.
 */
export type BootAnswer = Omit<BootInfo, 'catalogue'> & { catalogue: string };

export const toBootAnswer = async (info: BootInfo): Promise<BootAnswer> => ({ ...info, catalogue: JSON.stringify(await info.catalogue()) });

function parseCatalogue(text: string): Messages {
  const catalogue: unknown = JSON.parse(text);
  if (!isCatalogue(catalogue)) throw new Error('Unexpected catalogue');
  return catalogue;
}

const isLauncherWords = (words: unknown): words is LauncherWords => isCatalogue(words) && LAUNCHER_KEYS.every((key) => key in words);

/** A browser that has just started may need a few seconds to wake the extension's background. */
const ASK_ATTEMPTS = 3;
const RETRY_MS = 2_000;

/** Sends `message`, again while the background is still waking up, instead of showing no launcher at all. */
async function sendPatiently(send: SendMessage, message: unknown): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send(message);
    } catch (error) {
      if (attempt >= ASK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS * attempt));
    }
  }
}

export async function askBoot(send: SendMessage, doc: Document): Promise<BootInfo> {
  const answer = await sendPatiently(send, {
    channel: BOOT_CHANNEL,
    page: whereWeAre(doc),
    // The browser's languages the background reads itself: they are the same in every tab.
    pageLanguage: doc.documentElement.lang,
  });
  if (
    !isObject(answer) ||
    typeof answer.language !== 'string' ||
    !isLauncherWords(answer.words) ||
    typeof answer.catalogue !== 'string' ||
    typeof answer.pageCount !== 'number' ||
    !isObject(answer.launcher)
  ) {
    throw new Error('Unexpected boot answer');
  }
  const { corner, collapsed } = answer.launcher;
  if (typeof corner !== 'string' || typeof collapsed !== 'boolean') throw new Error('Unexpected boot answer');
  const text = answer.catalogue;
  return {
    language: answer.language as Language,
    words: answer.words,
    catalogue: sharedUntilFailure(async () => parseCatalogue(text)),
    pageCount: answer.pageCount,
    hasDraft: answer.hasDraft === true,
    launcher: { corner: corner as BootInfo['launcher']['corner'], collapsed },
  };
}

/** Have the background inject the rest of the overlay into this frame, then take its mount function. */
export async function askOverlay(send: SendMessage): Promise<Mount> {
  await send({ channel: LOAD_OVERLAY_CHANNEL });
  const mount = (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL];
  if (typeof mount !== 'function') throw new Error('The overlay did not load');
  return mount as Mount;
}
