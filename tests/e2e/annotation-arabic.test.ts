import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/catalogues';
import type { StoredSuggestion } from '../../lib/model';
import { axeOverlay } from './support/axe';
import { launchWithExtension } from './support/browser';
import { readExtensionStore } from './support/extension-db';
import { announced, dialog, dialogIfAny, focusedElement, focusInPanel, own, pageControlsUnder, panels } from './support/overlay';
import { screenshot } from './support/screenshots';
import { extensionSession } from './support/session';

const tDe = translator('de');
const tAr = translator('ar');

/**
 * Arabic: chosen in the menu, or taken from a page in Arabic. Right to left: the overlay says
 * dir="rtl", and what sits at the "end" in German (panels, launcher, markers) sits on the left.
 */

const VIEWPORT = { width: 1280, height: 720 };
const session = extensionSession({ locale: 'de-DE', viewport: VIEWPORT });

const launcherIn = (page: Page, text: string) => own(page).getByRole('button', { name: text });
/** The overlay's panels; the launcher has a root of its own (overlay/launcher-dock.ts) with the same language and direction. */
const root = async (page: Page) => (await panels(page)).locator('.mg-root').first();
const launcherRoot = (page: Page) => own(page).locator('.mg-dock-root');

async function open(page: Page, path: string) {
  page.setDefaultTimeout(15_000);
  await page.goto(`${session.site.url}${path}`);
  await own(page).locator('.mg-dock').waitFor();
}

/** Switch the overlay to Arabic the way a person does: the language select in the menu. */
async function chooseArabic(page: Page) {
  await launcherIn(page, tDe('launcher.open')).click();
  await (await dialog(page, tDe('menu.title'))).getByLabel(tDe('menu.language')).selectOption({ label: 'العربية' });
  await (await dialog(page, tAr('menu.title'))).waitFor();
}

/** In a right-to-left layout, an "end" corner is on the left and a "start" corner on the right. */
async function expectMirroredDock(page: Page, width: number) {
  const dock = own(page).locator('.mg-dock');
  const corner = (await dock.getAttribute('class'))!.match(/mg-dock-(\S+)/)![1]!;
  const box = (await dock.boundingBox())!;
  // 16 px from the edge, as in German, but from the other one.
  if (corner.endsWith('end')) expect(box.x, `${corner} is on the left`).toBeCloseTo(16, 0);
  else expect(box.x + box.width, `${corner} is on the right`).toBeCloseTo(width - 16, 0);
}

/** The panel sits at the left edge, where German puts it at the right. */
async function expectOnTheLeft(panel: Locator, width: number) {
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeLessThan(40);
  expect(box.x + box.width).toBeLessThan(width / 2 + 40);
  expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
}

describe('the overlay in Arabic', () => {
  it('switches to Arabic from the menu: right to left, mirrored, remembered, and axe finds nothing', async () => {
    const page = await session.browser.context.newPage();
    await open(page, '/wba.html');
    await chooseArabic(page);
    expect(await (await root(page)).getAttribute('dir')).toBe('rtl');
    expect(await (await root(page)).getAttribute('lang')).toBe('ar');
    const menu = await dialog(page, tAr('menu.title'));
    await expectOnTheLeft(menu, VIEWPORT.width);
    expect(await menu.getByRole('button', { name: tAr('menu.pick') }).isVisible()).toBe(true);
    expect(await axeOverlay(page, 'ar: menu')).toEqual([]);
    await screenshot(page, 'annotation-arabic', 'menu');

    await menu.getByRole('button', { name: tAr('menu.close') }).click();
    await launcherIn(page, tAr('launcher.open')).waitFor();
    await expect.poll(() => own(page).locator('.mg-dock').getAttribute('class')).toMatch(/mg-dock-/);
    await expectMirroredDock(page, VIEWPORT.width);

    // Chosen once, kept: after a reload the overlay still speaks Arabic, on a German page.
    await page.reload();
    await launcherIn(page, tAr('launcher.open')).waitFor();
    expect(await launcherRoot(page).getAttribute('dir')).toBe('rtl');
    await page.close();
  });

  it('follows a page in Arabic without being told', async () => {
    const page = await session.browser.context.newPage();
    await page.route(`${session.site.url}/kooperationsplan.html`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="de">', '<html lang="ar" dir="rtl">') });
    });
    await open(page, '/kooperationsplan.html');
    const launcher = launcherIn(page, tAr('launcher.open'));
    await launcher.waitFor();
    expect(await launcherRoot(page).getAttribute('dir')).toBe('rtl');
    await launcher.click();
    await expectOnTheLeft((await dialog(page, tAr('menu.title'))), VIEWPORT.width);
    await screenshot(page, 'annotation-arabic', 'page-in-arabic-menu');
    await page.close();
  });

  it('goes through the whole flow with the mouse, in Arabic, with markers on the left of their field', async () => {
    const page = await session.browser.context.newPage();
    await open(page, '/wba.html');
    await chooseArabic(page);
    await (await dialog(page, tAr('menu.title'))).getByRole('button', { name: tAr('menu.pick') }).click();
    await own(page).getByRole('region', { name: tAr('picker.banner') }).waitFor();
    expect(await axeOverlay(page, 'ar: picking')).toEqual([]);
    await page.locator('#wba-iban').click();

    const form = await dialog(page, tAr('form.title'));
    await form.waitFor();
    expect(await form.textContent()).toContain('حقل: IBAN');
    await expectOnTheLeft(form, VIEWPORT.width);
    await form.getByRole('button', { name: tAr('form.next') }).click();
    expect(await form.getByRole('alert').textContent()).toBe(tAr('form.problemRequired'));
    expect(await axeOverlay(page, 'ar: form with error')).toEqual([]);
    await form.getByLabel(tAr('form.problem')).fill('لا أفهم لماذا أحتاج إلى IBAN مرة أخرى: DE89 3704 0044 0532 0130 00');
    await screenshot(page, 'annotation-arabic', 'form');
    await form.getByRole('button', { name: tAr('form.next') }).click();

    const review = await dialog(page, tAr('review.title'));
    await review.waitFor();
    // What was removed is marked, in the overlay's language.
    expect(await review.locator('mark').allTextContents()).toEqual(['[تمت إزالة IBAN]']);
    expect(await axeOverlay(page, 'ar: review')).toEqual([]);
    await screenshot(page, 'annotation-arabic', 'review');
    await review.getByRole('button', { name: tAr('review.save') }).click();
    await announced(page, tAr('saved.announce').split('.')[0]!);

    const marker = own(page).getByRole('button', { name: /^الاقتراح 1: حقل: IBAN/ });
    await marker.waitFor();
    const field = (await page.locator('#wba-iban').boundingBox())!;
    const markerBox = (await marker.boundingBox())!;
    expect(Math.abs(markerBox.x + markerBox.width - field.x)).toBeLessThan(20);
    // Back on the left, where saving scrolled the page: still on none of the page's controls.
    const dock = own(page).locator('.mg-dock');
    await expect.poll(async () => pageControlsUnder(page, (await dock.boundingBox())!)).toEqual([]);
    expect(await axeOverlay(page, 'ar: closed with markers')).toEqual([]);
    await screenshot(page, 'annotation-arabic', 'closed-with-marker');

    await marker.click();
    const list = await dialog(page, tAr('list.title'));
    await list.waitFor();
    const [record] = (await readExtensionStore(session.browser.context, 'suggestions')) as StoredSuggestion[];
    expect(record!.suggestion.language).toBe('ar');
    expect(await list.textContent()).toContain(tAr(`status.${record!.status}`));
    await list.getByRole('button', { name: tAr('list.delete') }).click();
    await list.getByRole('group', { name: tAr('list.confirmDelete') }).waitFor();
    expect(await axeOverlay(page, 'ar: list with delete question')).toEqual([]);
    await screenshot(page, 'annotation-arabic', 'delete-confirmation');
    await list.getByRole('button', { name: tAr('list.confirmYes') }).click();
    await announced(page, tAr('list.deleted'));
    await page.close();
  });

  it('goes through the flow with the keyboard alone, in Arabic', async () => {
    const page = await session.browser.context.newPage();
    await open(page, '/veraenderungsmitteilung.html');
    await chooseArabic(page);
    await focusInPanel(page);
    await page.keyboard.press('Escape');
    await (await dialogIfAny(page, tAr('menu.title'))).waitFor({ state: 'detached' });

    await page.locator('#vm-bg-nummer').focus();
    await page.keyboard.press('Alt+Shift+V');
    await (await dialog(page, tAr('menu.title'))).waitFor();
    // The menu takes focus a frame after it appears; keys before that would go to the page.
    await expect.poll(async () => (await focusedElement(page)).name).toBe(tAr('menu.pick'));
    for (let presses = 0; presses < 10 && !(await focusedElement(page)).name.startsWith('الحقل «'); presses++) await page.keyboard.press('Tab');
    expect((await focusedElement(page)).name).toMatch(/^الحقل «Nummer der Bedarfsgemeinschaft/);
    await page.keyboard.press('Enter');
    await (await dialog(page, tAr('form.title'))).waitFor();
    await expect.poll(async () => (await focusedElement(page)).id).toBe('mg-problem');
    await page.keyboard.type('أين أجد هذا الرقم؟');
    for (let presses = 0; presses < 10 && (await focusedElement(page)).name !== tAr('form.next'); presses++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await (await dialog(page, tAr('review.title'))).waitFor();
    await expect.poll(async () => (await focusedElement(page)).name).toBe(tAr('review.title'));
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focusedElement(page)).name).toBe(tAr('review.save'));
    await page.keyboard.press('Enter');
    await announced(page, tAr('saved.announce').split('.')[0]!);
    await expect.poll(async () => (await focusedElement(page)).id).toBe('vm-bg-nummer');
    const [record] = (await readExtensionStore(session.browser.context, 'suggestions')) as StoredSuggestion[];
    expect(record!.suggestion).toMatchObject({ problem: 'أين أجد هذا الرقم؟', language: 'ar' });
    await page.close();
  });
});

describe('the overlay in Arabic on a phone', () => {
  it('fits the screen, mirrored, and works by touch', async () => {
    const phone = await launchWithExtension({ device: { locale: 'de-DE', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } });
    try {
      const page = await phone.context.newPage();
      await open(page, '/buergergeld/wohnen');
      await launcherIn(page, tDe('launcher.open')).tap();
      await (await dialog(page, tDe('menu.title'))).getByLabel(tDe('menu.language')).selectOption({ label: 'العربية' });
      const menu = await dialog(page, tAr('menu.title'));
      await menu.waitFor();
      await menu.getByRole('button', { name: tAr('menu.pick') }).tap();
      await page.locator('#kdu-kaltmiete').tap();
      const form = await dialog(page, tAr('form.title'));
      await form.waitFor();
      const box = (await form.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(await form.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      await form.getByLabel(tAr('form.problem')).fill('ماذا عن المرآب؟');
      await screenshot(page, 'annotation-arabic', 'phone-form');
      await form.getByRole('button', { name: tAr('form.next') }).tap();
      await (await dialog(page, tAr('review.title'))).getByRole('button', { name: tAr('review.save') }).tap();
      await announced(page, tAr('saved.announce').split('.')[0]!);
      const marker = own(page).getByRole('button', { name: /^الاقتراح 1: حقل: Kaltmiete/ });
      await marker.waitFor();
      const markerBox = (await marker.boundingBox())!;
      expect(markerBox.x).toBeGreaterThanOrEqual(0);
      await expectMirroredDock(page, 360);
      const dock = (await own(page).locator('.mg-dock').boundingBox())!;
      expect(dock.x).toBeGreaterThanOrEqual(0);
      expect(dock.x + dock.width).toBeLessThanOrEqual(360);
      await screenshot(page, 'annotation-arabic', 'phone-closed-with-marker');
    } finally {
      await phone.close();
    }
  });
});
