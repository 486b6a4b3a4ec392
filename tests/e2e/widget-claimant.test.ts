/**
 * A claimant with the widget, on the Jobcenter's own page and without the extension: with the mouse, with
 * the keyboard alone, and on a 360 px phone by touch. They are told who reads their suggestions and where
 * the privacy notice is, never meet file formats or batches, and axe finds nothing in any state.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { axeOverlay } from './support/axe';
import { focusedElement } from './support/overlay';
import { widgetDialog as dialog, widgetLauncher as launcher, widgetHost as overlayHost } from './support/widget';
import { screenshot } from './support/screenshots';
import { widgetSession, widgetStore } from './support/widget';

const PRIVACY = 'https://jobcenter-musterstadt.example/datenschutz';
const session = widgetSession({ service: 'WBA', privacyUrl: PRIVACY });

/** Words a claimant should never read in the widget: file formats and the administration's own terms. */
const CASEWORKER_WORDS = /JSON|CSV|Backlog|Paket|batch/i;

async function expectClaimantWording(panel: Locator, state: string) {
  expect(await panel.textContent(), state).not.toMatch(CASEWORKER_WORDS);
}

async function expectNoAxeViolations(page: Page, state: string) {
  expect(await axeOverlay(page, `widget ${state}`), state).toEqual([]);
}

/** A panel has opened and taken focus (a frame after it appears): only then do keys go to it. */
async function opened(page: Page, name: string) {
  const panel = dialog(page, name);
  await panel.waitFor();
  await expect.poll(async () => (await focusedElement(page)).inOverlay).toBe(true);
  return panel;
}

/** Press Tab until the overlay's focused control has this name. */
async function tabTo(page: Page, name: string | RegExp) {
  for (let presses = 0; presses < 30; presses++) {
    const focused = await focusedElement(page);
    if (focused.inOverlay && (typeof name === 'string' ? focused.name === name : name.test(focused.name))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('a claimant with the widget', () => {
  it('with the mouse: reads who gets it, points at a field, writes, checks, saves, and sees it in the list and the send panel', async () => {
    const { page, problems } = await session.open('/wba.html', { viewport: { width: 1280, height: 800 } });
    await launcher(page).click();
    const menu = dialog(page, de['menu.title']);
    await menu.waitFor();
    expect(await menu.textContent()).toContain(de['widget.about']);
    expect(await menu.getByRole('link', { name: de['widget.privacyLink'] }).getAttribute('href')).toBe(PRIVACY);
    await expectClaimantWording(menu, 'menu');
    await expectNoAxeViolations(page, 'menu');
    await screenshot(page, 'widget-claimant', 'menu');

    await menu.getByRole('button', { name: de['menu.pick'] }).click();
    // A person clicks once the banner says where to point: pointing loads on first use.
    await page.getByRole('region', { name: de['picker.banner'] }).waitFor();
    await page.locator('#wba-bg-nummer').click();
    const form = dialog(page, de['form.title']);
    await form.getByLabel(de['form.problem']).fill('Ich finde die BG-Nummer nicht auf dem Bescheid. Mein Name ist Frau Petra Schulz.');
    await expectClaimantWording(form, 'form');
    await expectNoAxeViolations(page, 'form');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const review = dialog(page, de['review.title']);
    await review.waitFor();
    expect(await review.textContent()).not.toContain('Petra Schulz');
    await expectClaimantWording(review, 'review');
    await expectNoAxeViolations(page, 'review');
    await review.getByRole('button', { name: de['review.save'] }).click();
    await review.waitFor({ state: 'detached' });
    await overlayHost(page).locator('.mg-marker').first().waitFor();

    await launcher(page).click();
    await page.getByRole('button', { name: 'Meine Vorschläge (1)' }).click();
    const list = dialog(page, de['list.title']);
    await list.getByText('Ich finde die BG-Nummer nicht').waitFor();
    await expectClaimantWording(list, 'list');
    await expectNoAxeViolations(page, 'list');
    await page.keyboard.press('Escape');

    await launcher(page).click();
    await page.getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
    const send = dialog(page, de['send.title']);
    // This portal has not configured a backlog: the claimant is told plainly, without the administration's words.
    await send.getByText(de['widget.noEndpoint']).waitFor();
    expect(await send.locator('input[type="file"]').count()).toBe(0);
    await expectClaimantWording(send, 'send');
    await expectNoAxeViolations(page, 'send');
    await screenshot(page, 'widget-claimant', 'send');

    const stored = await widgetStore(page);
    expect(stored.map((record) => record.status)).toEqual(['queued']);
    expect(stored[0]!.suggestion.page.url).toBe(`${session.site.url}/wba.html`);
    expect(problems).toEqual([]);
  });

  it('on a line that drops the privacy filter: the form says so, keeps every word, and the review opens once it loads', async () => {
    const { page } = await session.open('/wba.html', { viewport: { width: 1280, height: 800 } });
    // The filter loads as the form opens; this claimant's connection drops exactly that request.
    const dropFilter = (route: import('playwright-core').Route) => route.abort('connectionreset');
    await page.route('**/widget/mitgestalten-privacy-*.js', dropFilter);
    await launcher(page).click();
    await dialog(page, de['menu.title']).getByRole('button', { name: de['menu.pick'] }).click();
    await page.locator('#wba-bg-nummer').click();
    const form = dialog(page, de['form.title']);
    const text = 'Ich finde die BG-Nummer nicht auf dem Bescheid.';
    await form.getByLabel(de['form.problem']).fill(text);
    await form.getByRole('button', { name: de['form.next'] }).click();
    await form.getByRole('alert').getByText(de['problem.device.unexpected']).waitFor();
    expect(await form.getByLabel(de['form.problem']).inputValue()).toBe(text);
    await expectNoAxeViolations(page, 'form, filter not loaded');

    await page.unroute('**/widget/mitgestalten-privacy-*.js', dropFilter);
    await form.getByRole('button', { name: de['form.next'] }).click();
    await dialog(page, de['review.title']).getByText(text).waitFor();
  });

  it('with the keyboard alone: Alt+Shift+V, the field I was in, write, check, save', async () => {
    const { page } = await session.open('/wba.html', { viewport: { width: 1280, height: 800 } });
    await page.locator('#wba-bg-nummer').focus();
    await page.keyboard.press('Alt+Shift+V');
    await opened(page, de['menu.title']);
    await tabTo(page, /^Zum Feld „Nummer der Bedarfsgemeinschaft/);
    await page.keyboard.press('Enter');
    const form = await opened(page, de['form.title']);
    await expect.poll(() => focusedElement(page)).toMatchObject({ inOverlay: true, id: 'mg-problem' });
    await page.keyboard.type('Wo steht diese Nummer?');
    await tabTo(page, de['form.next']);
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await opened(page, de['review.title']);
    await tabTo(page, de['review.save']);
    await page.keyboard.press('Enter');
    await dialog(page, de['review.title']).waitFor({ state: 'detached' });
    // Focus goes back to the field the person came from.
    await expect.poll(() => focusedElement(page)).toMatchObject({ inOverlay: false, id: 'wba-bg-nummer' });
    expect((await widgetStore(page)).map((record) => record.suggestion.problem)).toEqual(['Wo steht diese Nummer?']);
  });

  it('on a 360 px phone by touch: the panels fit the screen and the suggestion is saved', async () => {
    const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
    const { page } = await session.open('/wba.html', phone);
    await launcher(page).tap();
    const menu = dialog(page, de['menu.title']);
    await menu.waitFor();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'phone menu');
    await screenshot(page, 'widget-claimant', 'phone-menu');
    await menu.getByRole('button', { name: de['menu.pick'] }).tap();
    await page.locator('#wba-bg-nummer').tap();
    const form = dialog(page, de['form.title']);
    await form.getByLabel(de['form.problem']).fill('Das Feld ist auf dem Handy schwer zu finden.');
    await form.getByRole('button', { name: de['form.next'] }).tap();
    const review = dialog(page, de['review.title']);
    await review.getByRole('button', { name: de['review.save'] }).tap();
    await review.waitFor({ state: 'detached' });
    expect((await widgetStore(page)).map((record) => record.suggestion.problem)).toEqual(['Das Feld ist auf dem Handy schwer zu finden.']);
  });
});
