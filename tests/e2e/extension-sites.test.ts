/**
 * Sites: the extension runs on its default sites, nowhere else until the person allows a site from the
 * toolbar popup; an allowed site keeps its content script across a browser restart, and suggestions from
 * several sites end up in one list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { axeDocument } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { extensionVariant, type ExtensionVariant } from './support/extension-variant';
import { dialog, launcher, own, panels } from './support/overlay';
import { suggestOn } from './support/overlay-flow';

// 127.0.0.2 is this machine too, but another site: not among the extension's defaults.
const OTHER_HOST = '127.0.0.2';

let home: RunningSite;
let other: RunningSite;
let variant: ExtensionVariant;
let profile: string;

beforeAll(async () => {
  home = await startDemoSite({ port: 0 });
  other = await startDemoSite({ port: 0, host: OTHER_HOST });
  variant = extensionVariant({ grant: [`http://${OTHER_HOST}/*`] });
  profile = mkdtempSync(join(tmpdir(), 'mitgestalten-sites-'));
});

afterAll(async () => {
  await home?.close();
  await other?.close();
  variant?.remove();
  rmSync(profile, { recursive: true, force: true });
});

/** The toolbar popup, opened as a tab of its own: it speaks about the tab the person was in last. */
async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

/** A tab on `url`, and only that tab besides extension pages, so the popup speaks about it. */
async function onlyTab(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.goto(url);
  return page;
}

declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };

/** The number on the toolbar icon. */
const badge = (browser: ExtensionBrowser) => browser.context.serviceWorkers()[0]!.evaluate(() => chrome.action.getBadgeText({}));

// One browser profile for the whole file: each test goes on from where the one before left it.
describe('sites', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  afterAll(async () => {
    await browser?.close();
  });

  it('a site that is not allowed gets no content script', async () => {
    browser = await launchWithExtension({ userDataDir: profile, extensionDir: variant.dir });
    page = await onlyTab(browser.context, `${other.url}/wba.html`);
    // A default site in the same browser shows its launcher: the extension is up. The other site has none.
    const defaultSite = await browser.context.newPage();
    await defaultSite.goto(`${home.url}/wba.html`);
    await own(defaultSite).locator('.mg-dock').waitFor({ timeout: 15_000 });
    await defaultSite.close();
    expect(await own(page).locator('.mg-dock').count()).toBe(0);
  });

  it('allowed from the toolbar popup, the site gets the overlay at once, and the icon counts what waits', async () => {
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: 'Mitgestalten auf dieser Seite aktivieren' }).waitFor();
    expect(await axeDocument(popup, 'toolbar popup on a site not allowed yet')).toEqual([]);
    await popup.getByRole('button', { name: 'Mitgestalten auf dieser Seite aktivieren' }).click();
    // The page that is already open gets the overlay, without a reload.
    await launcher(page).waitFor();
    await popup.getByRole('button', { name: 'Verbesserung auf dieser Seite vorschlagen' }).waitFor();
    await popup.close();

    await suggestOn(page, '#wba-iban', 'Auf der neuen Seite: Wofür braucht das Amt hier die IBAN?');
    await expect.poll(() => badge(browser)).toBe('1');
    await browser.close();
  });

  it('after a restart the allowed site still runs; "annotate this page" opens the menu there; both sites in one list', async () => {
    browser = await launchWithExtension({ userDataDir: profile, extensionDir: variant.dir });
    page = await onlyTab(browser.context, `${other.url}/wba.html`);
    await launcher(page).waitFor();
    const popup = await openPopup(browser);
    await expect.poll(async () => popup.getByRole('row', { name: /Gespeichert/ }).textContent()).toContain('1');
    await popup.getByRole('button', { name: 'Verbesserung auf dieser Seite vorschlagen' }).click();
    await (await dialog(page, 'Verbesserung vorschlagen')).waitFor();

    // A second suggestion on a default site: both are in one list, wherever it is opened.
    const homePage = await browser.context.newPage();
    homePage.setDefaultTimeout(15_000);
    await homePage.goto(`${home.url}/wba.html`);
    await suggestOn(homePage, '#wba-iban', 'Auf der Startseite: Das Feld IBAN braucht ein Beispiel.');
    await expect.poll(() => badge(browser)).toBe('2');
    await launcher(homePage).click();
    await (await panels(homePage)).getByRole('button', { name: /Meine Vorschläge/ }).click();
    const list = await dialog(homePage, 'Meine Vorschläge');
    await list.getByRole('button', { name: 'Alle Seiten' }).click();
    await list.getByText('Auf der neuen Seite: Wofür braucht das Amt hier die IBAN?').waitFor();
    await list.getByText('Auf der Startseite: Das Feld IBAN braucht ein Beispiel.').waitFor();
  });
});
