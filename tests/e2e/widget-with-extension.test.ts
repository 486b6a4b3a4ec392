/**
 * A caseworker with the extension opens a Jobcenter page that embeds the widget: the page shows one
 * overlay, the widget's. The widget wins because the page cannot know about the extension (the extension
 * never announces itself), while the extension can see the widget's mark on <html>. What is written there
 * is kept on the portal's origin (the widget's store); everything else stays in the extension's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { readExtensionStore } from './support/extension-db';
import { launcher as extensionLauncher } from './support/overlay';
import { suggestOn } from './support/overlay-flow';
import { widgetDialog as dialog, widgetDialogFocused, widgetLauncher as launcher, widgetStore } from './support/widget';

let plain: RunningSite;
let portal: RunningSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  plain = await startDemoSite({ port: 0 });
  portal = await startDemoSite({ port: 0, widget: {} });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await plain?.close();
});

describe('the extension on a page with the widget', () => {
  it('shows one overlay, the widget’s, and keeps each suggestion where its overlay stores it', async () => {
    // The extension is at work: on a page without the widget its own launcher shows.
    const elsewhere = await browser.context.newPage();
    await elsewhere.goto(`${plain.url}/wba.html`);
    await extensionLauncher(elsewhere).waitFor({ timeout: 15_000 });

    const page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${portal.url}/wba.html`);
    await launcher(page).waitFor();
    // By now the extension's content script has run here too (it did on the other tab, loaded earlier).
    await page.reload();
    await launcher(page).waitFor();
    await elsewhere.reload();
    await extensionLauncher(elsewhere).waitFor();
    // One overlay host of ours in the page, whatever its name (the extension's is random and closed).
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('mitgestalten-')).length)).toBe(1);
    expect(await launcher(page).count()).toBe(1);

    await launcher(page).click();
    // The widget's menu: it speaks to claimants.
    expect(await dialog(page, de['menu.title']).textContent()).toContain(de['widget.about']);
    await widgetDialogFocused(dialog(page, de['menu.title']));
    await page.keyboard.press('Escape');
    await suggestOn(page, '#wba-bg-nummer', 'Auf dem Portal geschrieben', 'widget');
    expect((await widgetStore(page)).map((record) => record.suggestion.problem)).toEqual(['Auf dem Portal geschrieben']);
    const inExtension = (await readExtensionStore(browser.context, 'suggestions')) as Array<{ suggestion: { problem: string } }>;
    expect(inExtension.map((record) => record.suggestion.problem)).not.toContain('Auf dem Portal geschrieben');
  });
});
