import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { DeviceService } from '../lib/device';
import { CATALOGUES } from '../lib/i18n/catalogues';
import { parseWith } from '../lib/model';
import { pageInfo } from '../lib/compose/describe-page';
import { readBootInfo } from '../overlay/boot-info';
import { BOOT_CHANNEL, LOAD_OVERLAY_CHANNEL, toBootAnswer, type BootAnswer } from './boot-request';

const BootRequest = z.object({
  channel: z.literal(BOOT_CHANNEL),
  page: z.object({
    url: z.url().check(z.maxLength(2000)),
    title: z.string().check(z.maxLength(1000)),
    step: z.optional(z.string().check(z.maxLength(1000))),
  }),
  pageLanguage: z.optional(z.string().check(z.maxLength(35))),
});
const LoadOverlayRequest = z.object({ channel: z.literal(LOAD_OVERLAY_CHANNEL) });

/** The file WXT builds from entrypoints/overlay.ts. */
const OVERLAY_FILE = '/overlay.js';

/**
 * The background's side of the boot (extension/boot-request.ts): the language and its catalogue, where the
 * launcher goes and how many suggestions this page has, in one answer; later the rest of the overlay,
 * injected into the asking frame on first use. Returns undefined for other channels.
 */
export function serveBoot(message: unknown, sender: Browser.runtime.MessageSender, device: () => Promise<DeviceService>): Promise<unknown> | undefined {
  const channel = (message as { channel?: unknown } | null)?.channel;
  // Parsed inside the promise: a malformed message is a rejected answer, never a throw in the listener.
  if (channel === BOOT_CHANNEL) return Promise.resolve().then(() => boot(parseWith(BootRequest, message, 'boot request'), device));
  if (channel === LOAD_OVERLAY_CHANNEL) {
    return Promise.resolve().then(async () => {
      parseWith(LoadOverlayRequest, message, 'overlay request');
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('no tab');
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OVERLAY_FILE] });
      return { loaded: true };
    });
  }
  return undefined;
}

async function boot(request: z.infer<typeof BootRequest>, device: () => Promise<DeviceService>): Promise<BootAnswer> {
  const page = pageInfo({ href: request.page.url, title: request.page.title, stepText: request.page.step });
  // The browser's languages, as every tab and the panels' frame have them (navigator.languages of the worker).
  return toBootAnswer(await readBootInfo(await device(), { page, browserLanguages: navigator.languages, pageLanguage: request.pageLanguage }, (language) => CATALOGUES[language]));
}
