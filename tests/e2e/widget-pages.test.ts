/**
 * The widget on a Jobcenter's own pages, in a Chromium without the extension: on every demo page, under the
 * strictest Content-Security-Policy, included twice, loaded before <body>, on a page that replaces its body,
 * and gone without a trace after destroy().
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { uk } from '../../lib/i18n/messages/uk';
import { STRICT_PAGE, strictWidgetCsp } from '../../server/demo-site';
import { widgetDialog as dialog, widgetDialogFocused, widgetLauncher as launcher, widgetHost as overlayHost } from './support/widget';
import { watchProblems, widgetSession } from './support/widget';

const session = widgetSession({ service: 'WBA', privacyUrl: 'https://jobcenter-musterstadt.example/datenschutz' });

const PAGES = ['/', '/wba.html', '/buergergeld/', '/buergergeld/wohnen', '/veraenderungsmitteilung.html', '/kooperationsplan.html', '/postfach.html', STRICT_PAGE];

/** Open the first panel with the launcher and close it again with Escape. */
async function openAndClose(page: Page) {
  await launcher(page).click();
  const menu = dialog(page, de['menu.title']);
  await menu.waitFor();
  await widgetDialogFocused(menu);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
}

/** A page of the portal's origin written by the test, served with the demo pages' strict policy for widget pages. */
async function servePage(page: Page, path: string, html: string) {
  const csp = strictWidgetCsp(session.site.url);
  await page.route(`${session.site.url}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body: html }));
}

type WidgetApi = { init(options?: object): Promise<void>; open(): void; close(): void; destroy(): void };

/** Call the page's `Mitgestalten` API as the site's own script would. */
const call = (page: Page, method: keyof WidgetApi, options?: object) =>
  page.evaluate(([name, argument]) => (window as unknown as { Mitgestalten: WidgetApi }).Mitgestalten[name](argument), [method, options] as const);

const SCRIPT = () => `<script src="${session.site.url}/widget/mitgestalten.js" defer></script>`;

describe('the widget on the portal’s pages', () => {
  it.each(PAGES)('%s: shows one launcher, opens the first panel, with no error and no CSP violation', async (path) => {
    const { page, problems } = await session.open(path);
    await openAndClose(page);
    expect(await overlayHost(page).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('under exactly the strictest policy (widget scripts only, own styles, Trusted Types) a claimant saves a suggestion, and nothing is reported', async () => {
    const { page, problems } = await session.open(STRICT_PAGE);
    const response = await page.request.get(`${session.site.url}${STRICT_PAGE}`);
    expect(response.headers()['content-security-policy']).toBe(`script-src ${session.site.url}; style-src 'self'; require-trusted-types-for 'script'`);
    await launcher(page).click();
    await page.getByRole('button', { name: de['menu.pick'] }).click();
    // A person clicks once the banner says where to point: pointing loads on first use.
    await page.getByRole('region', { name: de['picker.banner'] }).waitFor();
    await page.locator('#kontakt-bg').click();
    const form = dialog(page, de['form.title']);
    await form.getByLabel(de['form.problem']).fill('Wo steht die BG-Nummer? Meine ist 12345BG1234567.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const review = dialog(page, de['review.title']);
    expect(await review.textContent()).not.toContain('12345BG1234567');
    await review.getByRole('button', { name: de['review.save'] }).click();
    await review.waitFor({ state: 'detached' });
    await overlayHost(page).locator('.mg-marker').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('defines no global but Mitgestalten', async () => {
    const { page } = await session.open(STRICT_PAGE);
    const added = await page.evaluate(() => {
      const blank = document.createElement('iframe');
      document.documentElement.append(blank);
      const own = new Set(Object.getOwnPropertyNames(blank.contentWindow));
      blank.remove();
      return Object.getOwnPropertyNames(window).filter((name) => !own.has(name));
    });
    expect(added).toEqual(['Mitgestalten']);
  });

  it('included twice, it shows one launcher and no error', async () => {
    const page = await (await session.context()).newPage();
    const problems = await watchProblems(page);
    await servePage(page, '/zweimal.html', `<!doctype html><html lang="de"><head><title>Zweimal</title>${SCRIPT()}${SCRIPT()}</head><body><main><h1>Zweimal eingebunden</h1><label for="a">Name</label><input id="a"></main></body></html>`);
    await page.goto(`${session.site.url}/zweimal.html`);
    await launcher(page).waitFor();
    await openAndClose(page);
    expect(await overlayHost(page).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('loaded in <head> before <body> exists (without defer), it waits for the page and works', async () => {
    const page = await (await session.context()).newPage();
    const problems = await watchProblems(page);
    const early = `<script src="${session.site.url}/widget/mitgestalten.js"></script>`;
    await servePage(page, '/frueh.html', `<!doctype html><html lang="de"><head><title>Früh</title>${early}</head><body><main><h1>Früh geladen</h1><label for="a">Name</label><input id="a"></main></body></html>`);
    await page.goto(`${session.site.url}/frueh.html`);
    await openAndClose(page);
    expect(await overlayHost(page).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('data-lang names the page’s language: a Ukrainian page gets the Ukrainian launcher in a German browser', async () => {
    const page = await (await session.context()).newPage();
    const tag = `<script src="${session.site.url}/widget/mitgestalten.js" data-lang="uk" defer></script>`;
    await servePage(page, '/uk.html', `<!doctype html><html><head><title>Сторінка</title>${tag}</head><body><main><h1>Заява</h1></main></body></html>`);
    await page.goto(`${session.site.url}/uk.html`);
    await page.getByRole('button', { name: uk['launcher.open'] as string }).waitFor();
  });

  it('a single-page app that replaces its body keeps one working launcher', async () => {
    const { page, problems } = await session.open('/wba.html');
    await page.evaluate(() => {
      const next = document.createElement('body');
      const heading = next.appendChild(document.createElement('main')).appendChild(document.createElement('h1'));
      heading.textContent = 'Neuer Schritt';
      document.body = next;
    });
    await openAndClose(page);
    expect(await overlayHost(page).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('destroy() leaves no node, no attribute, no listener and no timer behind; init() brings it back', async () => {
    const page = await (await session.context()).newPage();
    // Count the timers that are still pending, whoever set them.
    await page.addInitScript(() => {
      const pending = new Set<unknown>();
      const { setTimeout: set, clearTimeout: clear } = window;
      (window as unknown as { pendingTimers: () => number }).pendingTimers = () => pending.size;
      window.setTimeout = ((run: () => void, ms?: number, ...args: unknown[]) => {
        const id = set(() => (pending.delete(id), run()), ms, ...args);
        pending.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id: number) => (pending.delete(id), clear(id))) as typeof window.clearTimeout;
    });
    const manual = `<script src="${session.site.url}/widget/mitgestalten.js" data-init="manual" defer></script>`;
    await servePage(page, '/manuell.html', `<!doctype html><html lang="de"><head><title>Manuell</title>${manual}</head><body><main><h1>Von Hand</h1><label for="a">Name</label><input id="a"></main></body></html>`);
    await page.goto(`${session.site.url}/manuell.html`);
    await page.waitForFunction(() => 'Mitgestalten' in window);
    const cdp = await page.context().newCDPSession(page);
    const listeners = async () => {
      let count = 0;
      for (const expression of ['window', 'document', 'document.documentElement']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        count += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })).listeners.length;
      }
      return count;
    };
    const before = { listeners: await listeners(), timers: await page.evaluate(() => (window as unknown as { pendingTimers: () => number }).pendingTimers()), html: await page.evaluate(() => document.documentElement.outerHTML.length) };

    await call(page, 'init', { privacyUrl: '/datenschutz' });
    await launcher(page).waitFor();
    await call(page, 'open');
    await dialog(page, de['menu.title']).waitFor();
    await call(page, 'close');
    await dialog(page, de['menu.title']).waitFor({ state: 'detached' });
    await call(page, 'destroy');
    await page.waitForTimeout(400); // the launcher's settle timer (150 ms) would have fired by now if it were left

    expect(await overlayHost(page).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-mitgestalten-widget'))).toBe(false);
    expect(await listeners()).toBe(before.listeners);
    expect(await page.evaluate(() => (window as unknown as { pendingTimers: () => number }).pendingTimers())).toBe(before.timers);
    expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBe(before.html);

    await call(page, 'init');
    await openAndClose(page);
    expect(await overlayHost(page).count()).toBe(1);
  });
});
