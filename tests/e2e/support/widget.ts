import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startDemoSite, type RunningSite, type WidgetEmbedding } from '../../../server/demo-site';
import { launchBrowser, type DeviceOptions } from './browser';
import { de } from '../../../lib/i18n/messages/de';

/*
 * The widget in a plain Chromium, without the extension: the demo pages served as a Jobcenter portal with
 * `mitgestalten.js` embedded (npm test builds it into dist/widget first). Each page gets a fresh browser
 * context, so its IndexedDB (the widget keeps its data on the page's origin) starts empty.
 */

/*
 * The widget's overlay as a person finds it. Its shadow root is open (overlay/host.ts says why) and its panels
 * are in the page itself, so Playwright's role locators reach everything directly.
 */
export const widgetHost = (page: Page): Locator => page.locator('mitgestalten-overlay');
export const widgetLauncher = (page: Page): Locator => page.getByRole('button', { name: de['launcher.open'] });
export const widgetDialog = (page: Page, name: string): Locator => page.getByRole('dialog', { name, exact: true });

/** With the mouse: point at the field `selector`, write `problem`, check it and save; returns once the review has closed. */
export async function saveSuggestionOnField(page: Page, selector: string, problem: string): Promise<void> {
  await widgetLauncher(page).click();
  await page.getByRole('button', { name: de['menu.pick'] }).click();
  await page.locator(selector).click();
  await widgetDialog(page, de['form.title']).getByLabel(de['form.problem']).fill(problem);
  await widgetDialog(page, de['form.title']).getByRole('button', { name: de['form.next'] }).click();
  const review = widgetDialog(page, de['review.title']);
  await review.getByRole('button', { name: de['review.save'] }).click();
  await review.waitFor({ state: 'detached' });
}

/** Wait until `dialog` has keyboard focus: it takes it a frame after it shows, and keys before that go to the page. */
export async function widgetDialogFocused(dialog: Locator): Promise<void> {
  await expect.poll(() => dialog.evaluate((element) => element.contains((element.getRootNode() as ShadowRoot).activeElement))).toBe(true);
}

export interface WidgetSession {
  readonly site: RunningSite;
  readonly browser: Browser;
  /** What the demo site embeds; `endpoint` may be set once the backlog runs (read on every request). */
  readonly embedding: WidgetEmbedding;
  /** A fresh context (empty storage) with this device. */
  context(device?: DeviceOptions): Promise<BrowserContext>;
  /** A demo page in a fresh context, once the widget's launcher shows; `problems` collects errors and CSP violations. */
  open(path: string, device?: DeviceOptions): Promise<{ page: Page; problems: string[] }>;
}

/** Report every CSP violation and every error of the page (ours would show here) into `problems`. */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => void problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportViolation(text: string): void }).reportViolation(`CSP ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`error ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console ${message.text()}`);
  });
  return problems;
}

export function widgetSession(embedding: WidgetEmbedding = {}): WidgetSession {
  let site: RunningSite | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    site = await startDemoSite({ port: 0, widget: embedding });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await site?.close();
  });

  const session: WidgetSession = {
    embedding,
    get site() {
      if (!site) throw new Error('The demo site starts in beforeAll');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll');
      return browser;
    },
    async context(device = {}) {
      // A claimant's browser speaks German unless the test says otherwise.
      const context = await session.browser.newContext({ locale: 'de-DE', ...device });
      contexts.push(context);
      return context;
    },
    async open(path, device) {
      const page = await (await session.context(device)).newPage();
      page.setDefaultTimeout(15_000);
      const problems = await watchProblems(page);
      await page.goto(`${session.site.url}${path}`);
      await widgetLauncher(page).waitFor();
      return { page, problems };
    },
  };
  return session;
}

export interface WidgetRecords {
  suggestions: Array<{ status: string; receiptCode?: string; suggestion: { id: string; problem: string; page: { url: string } } }>;
  outbox: Array<{ state: string; batch: { source: { kind: string; site: string } } }>;
}

/** The suggestions the widget stored on the page's origin (its IndexedDB, read in the page). */
export function widgetStore(page: Page): Promise<WidgetRecords['suggestions']> {
  return readWidgetStore(page, 'suggestions');
}

/** One object store of the widget's IndexedDB on the page's origin, read in the page. */
export function readWidgetStore<K extends keyof WidgetRecords>(page: Page, name: K): Promise<WidgetRecords[K]> {
  return page.evaluate(
    (name) =>
      new Promise(async (resolve, reject) => {
        // Opening a database that is not there would create an empty one, and the widget's own open would then skip its first migration.
        if (!(await indexedDB.databases()).some((database) => database.name === 'mitgestalten')) return resolve([]);
        const opening = indexedDB.open('mitgestalten');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  ) as Promise<WidgetRecords[K]>;
}
