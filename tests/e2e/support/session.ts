import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { StoredSuggestion } from '../../../lib/model';
import { startDemoSite, type RunningSite } from '../../../server/demo-site';
import { launchWithExtension, type DeviceOptions, type ExtensionBrowser } from './browser';
import { clearExtensionStore, readExtensionStore } from './extension-db';
import { own } from './overlay';

export interface ExtensionSession {
  readonly site: RunningSite;
  readonly browser: ExtensionBrowser;
  /** A new tab on a demo page, once the overlay's launcher is there. */
  open(path: string): Promise<Page>;
  /** Every suggestion the extension has stored on the device. */
  stored(): Promise<StoredSuggestion[]>;
}

/**
 * One demo site and one Chromium with the extension for a whole test file (several pages in it).
 * `clear`: empty the stored suggestions and settings before each test, or once before all of them
 * (for files whose tests build on each other's suggestions).
 */
export function extensionSession(device: DeviceOptions, { clear = 'each' }: { clear?: 'each' | 'once' } = {}): ExtensionSession {
  let site: RunningSite | undefined;
  let browser: ExtensionBrowser | undefined;
  const clearStores = async () => {
    await clearExtensionStore(session.browser.context, 'suggestions');
    await clearExtensionStore(session.browser.context, 'settings');
  };

  beforeAll(async () => {
    site = await startDemoSite({ port: 0 });
    browser = await launchWithExtension({ device });
    if (clear === 'once') await clearStores();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  if (clear === 'each') beforeEach(clearStores);

  const session: ExtensionSession = {
    get site() {
      if (!site) throw new Error('The demo site starts in beforeAll');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll');
      return browser;
    },
    async open(path) {
      const page = await session.browser.context.newPage();
      // Long enough for a cold extension background, which answers its first calls after seconds.
      page.setDefaultTimeout(15_000);
      // An error in the page, its frames or our overlay shows in the test log, beside the failure it explains.
      page.on('pageerror', (error) => console.error(`[page error] ${page.url()}: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && console.error(`[console] ${message.location().url}: ${message.text()}`));
      await page.goto(`${session.site.url}${path}`);
      await own(page).locator('.mg-dock').waitFor();
      return page;
    },
    async stored() {
      return (await readExtensionStore(session.browser.context, 'suggestions')) as StoredSuggestion[];
    },
  };
  return session;
}
