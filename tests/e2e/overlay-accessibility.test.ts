import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { axeDocument, axeOverlay, type AxeViolation } from './support/axe';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { announced, dialog, focusedElement, focusInPanel, launcher, own, panels, type Inspectable } from './support/overlay';
import { inOwnRoot } from './support/own-root';
import { screenshot } from './support/screenshots';
import { extensionSession } from './support/session';

/**
 * axe-core (WCAG 2.0/2.1 A and AA, plus axe's best-practice rules) on the overlay in every state, on
 * every demo page; the page's own result unchanged by the closed overlay; the open panels fitting at
 * 200 % zoom and at 320 px width.
 */

interface DemoPage {
  name: string;
  path: string;
  /** For a single-page app step: reach it the way a person does, through the step navigation. */
  step?: string;
}

const PAGES: DemoPage[] = [
  { name: 'overview', path: '/' },
  { name: 'buergergeld-step-1', path: '/buergergeld/' },
  { name: 'buergergeld-step-4', path: '/buergergeld/', step: 'Einkommen' },
  { name: 'wba', path: '/wba.html' },
  { name: 'veraenderungsmitteilung', path: '/veraenderungsmitteilung.html' },
  { name: 'kooperationsplan', path: '/kooperationsplan.html' },
  { name: 'postfach', path: '/postfach.html' },
];

/** Pictures of every state on these pages; the others are checked without pictures, to save time. */
const PICTURED = new Set(['wba', 'buergergeld-step-4']);

const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 720 } }, { clear: 'once' });

/** `overlay: false` for a browser without the extension. */
async function visit(page: Page, demo: DemoPage, { overlay = true } = {}) {
  page.setDefaultTimeout(15_000);
  await page.goto(`${session.site.url}${demo.path}`);
  if (demo.step) {
    await page.getByRole('navigation', { name: 'Antragsschritte' }).getByRole('link', { name: demo.step }).click();
    await page.getByRole('heading', { name: demo.step, level: 2 }).waitFor();
  }
  if (overlay) await launcher(page).waitFor();
}

describe('axe on the overlay in every state', () => {
  it('sees into the overlay’s shadow root (or every "nothing found" below would mean nothing)', async () => {
    const page = await session.browser.context.newPage();
    await visit(page, PAGES[0]!);
    await inOwnRoot(page, (root) => {
      const planted = document.createElement('button');
      planted.id = 'planted-without-name';
      root.querySelector('.mg-root')!.append(planted);
    }, null);
    const violations = await axeOverlay(page, 'planted: a button without a name');
    expect(violations.map((violation) => violation.id)).toContain('button-name');
    await page.close();
  });

  it.each(PAGES)('finds nothing on $name', async (demo) => {
    const page = await session.browser.context.newPage();
    await visit(page, demo);
    const check = async (state: string) => {
      expect(await axeOverlay(page, `${demo.name}: ${state}`), state).toEqual([]);
      if (PICTURED.has(demo.name)) await screenshot(page, `overlay-accessibility-${demo.name}`, state);
    };

    await launcher(page).click();
    const menu = await dialog(page, de['menu.title']);
    await menu.waitFor();
    await check('menu');

    await menu.getByRole('button', { name: de['menu.pick'] }).click();
    await own(page).getByRole('region', { name: de['picker.banner'] }).waitFor();
    await page.locator('main h1').hover();
    await own(page).locator('.mg-highlight').waitFor();
    await check('picking');
    // Escape leaves pointing once focus is on the banner (it moves there when pointing starts).
    await expect.poll(async () => (await focusedElement(page)).name).toBe(de['picker.escape']);
    await page.keyboard.press('Escape');

    // The panels' frame shows again: each way back into it waits until the page has painted it (dialog()).
    await (await dialog(page, de['menu.title'])).getByRole('button', { name: de['menu.finder'] }).click();
    const finder = await dialog(page, de['finder.title']);
    await finder.waitFor();
    await check('finder');
    // The first entry: a field where the page has one, else a heading.
    await finder.locator('.mg-choice').first().click();

    const form = await dialog(page, de['form.title']);
    await form.waitFor();
    await check('form');
    await form.getByRole('button', { name: de['form.next'] }).click();
    await form.getByRole('alert').waitFor();
    await check('form with validation error');

    await form.getByLabel(de['form.problem']).fill('Meine IBAN DE89 3704 0044 0532 0130 00 passt nicht in das Feld.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const review = await dialog(page, de['review.title']);
    await review.locator('mark').waitFor();
    await check('review');
    await review.getByRole('button', { name: de['review.back'] }).click();
    await form.getByLabel(de['form.problem']).fill('Ich bin krank und verstehe das Feld nicht.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    await review.getByRole('button', { name: de['review.save'] }).click();
    await review.getByRole('alert').waitFor();
    await check('review with a sensitive-topic question');
    await review.getByRole('checkbox', { name: de['review.sensitiveConfirm'] }).check();
    await review.getByRole('button', { name: de['review.save'] }).click();
    await announced(page, de['saved.announce'].split('.')[0]!);

    await own(page).getByRole('button', { name: /^Vorschlag \d+:/ }).first().waitFor();
    await check('closed with markers');

    await launcher(page).click();
    await (await dialog(page, de['menu.title'])).getByRole('button', { name: /^Meine Vorschläge/ }).click();
    const list = await dialog(page, de['list.title']);
    await list.locator('li[data-suggestion-id]').first().waitFor();
    await check('list, this page');
    await list.getByRole('button', { name: de['list.everywhere'] }).click();
    await expect.poll(() => list.getByRole('button', { name: de['list.everywhere'] }).getAttribute('aria-pressed')).toBe('true');
    await list.locator('li[data-suggestion-id]').first().waitFor();
    await check('list, all pages');
    await list.getByRole('button', { name: de['list.delete'] }).first().click();
    await list.getByRole('group', { name: de['list.confirmDelete'] }).waitFor();
    await check('delete confirmation');
    await list.getByRole('button', { name: de['list.confirmNo'] }).click();
    await page.close();
  });
});

describe('the host page’s own accessibility', () => {
  it('is the same with the closed overlay as in a Chromium without the extension, on every demo page', async () => {
    const plain = await launchBrowser();
    try {
      const context = await plain.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 720 } });
      // After the test above, each page carries a marker: the closed overlay is there in full.
      const resultWithout = async (demo: DemoPage) => {
        const without = await context.newPage();
        await visit(without, demo, { overlay: false });
        const result = await axeDocument(without, `${demo.name}: page without the extension`);
        await without.close();
        return result;
      };
      const resultWith = async (demo: DemoPage) => {
        const withOverlay = await session.browser.context.newPage();
        await visit(withOverlay, demo);
        const result = await axeDocument(withOverlay, `${demo.name}: page with the closed overlay`);
        await withOverlay.close();
        return result;
      };
      const summary = (violations: AxeViolation[]) => violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target) }));
      for (const demo of PAGES) {
        // Both browsers at once: they do not share anything.
        const [expected, actual] = await Promise.all([resultWithout(demo), resultWith(demo)]);
        expect(summary(actual), demo.name).toEqual(summary(expected));
      }
    } finally {
      await plain.close();
    }
  });
});

describe('focus, forced colours and reduced motion', () => {
  it('shows where focus is on every control, also in forced colours, and moves nothing with reduced motion', async () => {
    const page = await session.browser.context.newPage();
    await visit(page, { name: 'wba', path: '/wba.html' });
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await (await dialog(page, de['menu.title'])).waitFor();
    await focusInPanel(page);
    // Tab through the menu: each control draws a solid focus outline of at least 2 px.
    for (let presses = 0; presses < 9; presses++) {
      await page.keyboard.press('Tab');
      const outline = await (await panels(page)).evaluate(() => {
        const active = document.activeElement!;
        const style = getComputedStyle(active);
        return { name: active.textContent?.trim() || active.id, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline, outline.name).toMatchObject({ style: 'solid' });
      expect(outline.width, outline.name).toBeGreaterThanOrEqual(2);
    }
    await screenshot(page, 'overlay-accessibility-forced-colors', 'menu');
    // The primary button keeps a fill that differs from its text in forced colours.
    const primary = await (await dialog(page, de['menu.title'])).getByRole('button', { name: de['menu.pick'] }).evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, color: style.color, adjust: style.getPropertyValue('forced-color-adjust') };
    });
    expect(primary.background).not.toBe(primary.color);
    // Nothing in the overlay moves on its own: neither in the page nor in the panels.
    const movingIn = (root: Document | ShadowRoot) =>
      [...root.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
      }).length;
    expect(await inOwnRoot(page, movingIn, null)).toBe(0);
    expect(await (await panels(page)).evaluate(`(${movingIn.toString()})(document)`)).toBe(0);
    await page.close();
  });
});

/** Every visible control of the open panel lies inside the panel and the panel inside the viewport. */
async function expectFits(page: Page, panel: Inspectable, state: string) {
  const report = await panel.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const clipped = [...element.querySelectorAll('button, select, textarea, input, a[href], label')]
      .map((control) => ({ control, rect: control.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5))
      .map(({ control }) => (control.textContent || control.getAttribute('aria-label') || control.id).trim().slice(0, 40));
    return {
      left: box.left,
      right: box.right,
      viewport: document.documentElement.clientWidth,
      overflowsSideways: element.scrollWidth > element.clientWidth + 1,
      clipped,
    };
  });
  expect(report.left, `${state}: left edge`).toBeGreaterThanOrEqual(0);
  expect(report.right, `${state}: right edge`).toBeLessThanOrEqual(report.viewport);
  expect(report.overflowsSideways, `${state}: scrolls sideways`).toBe(false);
  expect(report.clipped, `${state}: controls cut off`).toEqual([]);
}

describe('the open panels at 200 % zoom and at 320 px width', () => {
  // One browser at scale 2 for both: 1280 × 720 at 200 % is a 640 × 360 CSS-pixel viewport.
  let zoomed: ExtensionBrowser;
  beforeAll(async () => {
    zoomed = await launchWithExtension({ device: { locale: 'de-DE', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 } });
  });
  afterAll(async () => {
    await zoomed?.close();
  });

  it.each([
    { name: '200 % zoom (1280 × 720 at scale 2)', viewport: { width: 640, height: 360 } },
    { name: '320 px width', viewport: { width: 320, height: 640 } },
  ])('fit without cutting off a control at $name', async ({ viewport }) => {
    const page = await zoomed.context.newPage();
    try {
      await page.setViewportSize(viewport);
      await visit(page, { name: 'wba', path: '/wba.html' });
      const shoot = (state: string) => screenshot(page, `overlay-accessibility-${viewport.width}px`, state);
      await launcher(page).click();
      const menu = await dialog(page, de['menu.title']);
      await expectFits(page, menu, 'menu');
      await shoot('menu');
      await menu.getByRole('button', { name: de['menu.pick'] }).click();
      await expectFits(page, own(page).getByRole('region', { name: de['picker.banner'] }), 'picking banner');
      await expect.poll(async () => (await focusedElement(page)).name).toBe(de['picker.escape']);
      await page.keyboard.press('Escape');
      await (await dialog(page, de['menu.title'])).getByRole('button', { name: de['menu.finder'] }).click();
      const finder = await dialog(page, de['finder.title']);
      await expectFits(page, finder, 'finder');
      await finder.getByRole('searchbox').fill('IBAN');
      await finder.getByRole('button', { name: /^IBAN/ }).click();
      const form = await dialog(page, de['form.title']);
      await form.getByRole('button', { name: de['form.next'] }).click();
      await form.getByRole('alert').waitFor();
      await expectFits(page, form, 'form with error');
      await shoot('form');
      await form.getByLabel(de['form.problem']).fill('Ich bin krank. Meine IBAN DE89 3704 0044 0532 0130 00 wird nicht angenommen.');
      await form.getByRole('button', { name: de['form.next'] }).click();
      const review = await dialog(page, de['review.title']);
      await review.getByRole('checkbox', { name: de['review.sensitiveConfirm'] }).waitFor();
      await expectFits(page, review, 'review with question');
      await shoot('review');
      await review.getByRole('checkbox', { name: de['review.sensitiveConfirm'] }).check();
      await review.getByRole('button', { name: de['review.save'] }).click();
      await announced(page, de['saved.announce'].split('.')[0]!);
      await launcher(page).click();
      await (await dialog(page, de['menu.title'])).getByRole('button', { name: /^Meine Vorschläge/ }).click();
      const list = await dialog(page, de['list.title']);
      await list.getByRole('button', { name: de['list.delete'] }).first().click();
      await list.getByRole('group', { name: de['list.confirmDelete'] }).waitFor();
      await expectFits(page, list, 'list with delete question');
      await shoot('list');
    } finally {
      await page.close();
    }
  });
});
