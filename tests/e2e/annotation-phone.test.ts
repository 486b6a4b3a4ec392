import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import type { StoredSuggestion } from '../../lib/model';
import { readExtensionStore } from './support/extension-db';
import { pageControlsUnder, panels, announced, dialog, launcher, own, type Inspectable } from './support/overlay';
import { screenshot } from './support/screenshots';
import { extensionSession } from './support/session';

/** A phone: 360 × 740 CSS pixels, touch, mobile viewport; every step with `tap()`. */
const PHONE = { width: 360, height: 740 };

const session = extensionSession({ locale: 'de-DE', viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

const open = (path: string) => session.open(path);

/** Every control of the overlay that is on screen: at least 44 × 44 px to hit with a finger. */
async function expectTouchTargets(scope: Inspectable, state: string) {
  const small = await scope.evaluate((root) =>
    [...root.querySelectorAll('button, select, textarea, input, a[href]')]
      .map((control) => {
        // A checkbox is hit through its label, which is the target a finger meets.
        const target = control.matches('input[type="checkbox"]') ? control.closest('label') ?? control : control;
        const { width, height } = target.getBoundingClientRect();
        return { name: (control.getAttribute('aria-label') ?? control.textContent ?? control.id).trim().slice(0, 40), width, height };
      })
      .filter(({ width, height }) => width > 0 && (width < 44 || height < 44)),
  );
  expect(small, `${state}: touch targets under 44 px`).toEqual([]);
}

/** The panel lies within the phone's screen, left to right. */
async function expectOnScreen(panel: Inspectable, state: string) {
  const box = (await panel.boundingBox())!;
  expect(box.x, `${state}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${state}: right edge`).toBeLessThanOrEqual(PHONE.width);
}

describe('annotating on a phone, by touch', () => {
  it('taps a field, writes, reviews, saves, and finds the suggestion again through its marker', async () => {
    const page = await open('/buergergeld/wohnen');
    await expectTouchTargets(own(page).locator('.mg-dock'), 'launcher');
    await screenshot(page, 'annotation-phone', 'closed');
    await launcher(page).tap();
    const menu = await dialog(page, de['menu.title']);
    await menu.waitFor();
    await expectOnScreen(menu, 'menu');
    await expectTouchTargets(menu, 'menu');
    await screenshot(page, 'annotation-phone', 'menu');

    await menu.getByRole('button', { name: de['menu.pick'] }).tap();
    await own(page).getByRole('region', { name: de['picker.banner'] }).waitFor();
    await screenshot(page, 'annotation-phone', 'picking');
    await page.locator('#kdu-kaltmiete').tap();
    const form = await dialog(page, de['form.title']);
    await form.waitFor();
    expect(await form.textContent()).toContain('Feld: Kaltmiete');
    await expectOnScreen(form, 'form');
    await expectTouchTargets(form, 'form');
    await form.getByLabel(de['form.category']).selectOption('missing-information');
    await form.getByLabel(de['form.problem']).fill('Was ist mit der Garage?');
    await screenshot(page, 'annotation-phone', 'form');
    await form.getByRole('button', { name: de['form.next'] }).tap();

    const review = await dialog(page, de['review.title']);
    await review.waitFor();
    await expectOnScreen(review, 'review');
    await expectTouchTargets(review, 'review');
    await screenshot(page, 'annotation-phone', 'review');
    await review.getByRole('button', { name: de['review.save'] }).tap();
    await announced(page, de['saved.announce'].split('.')[0]!);

    const marker = own(page).getByRole('button', { name: /^Vorschlag 1: Feld: Kaltmiete/ });
    await marker.waitFor();
    expect((await marker.boundingBox())!.width).toBeGreaterThanOrEqual(44);
    // On a narrow screen the marker stays on it, beside or over the end of the field.
    const markerBox = (await marker.boundingBox())!;
    expect(markerBox.x + markerBox.width).toBeLessThanOrEqual(PHONE.width);
    // With its count, the launcher is wider: it must still fit on the screen, its name readable.
    await expectOnScreen(own(page).locator('.mg-dock'), 'launcher with its count');
    await screenshot(page, 'annotation-phone', 'closed-with-marker');
    await marker.tap();
    const list = await dialog(page, de['list.title']);
    await list.getByText('Was ist mit der Garage?').waitFor();
    await expectOnScreen(list, 'list');
    await expectTouchTargets(list, 'list');
    await list.getByRole('button', { name: de['list.delete'] }).tap();
    await list.getByRole('group', { name: de['list.confirmDelete'] }).waitFor();
    await expectTouchTargets(list, 'delete confirmation');
    await screenshot(page, 'annotation-phone', 'delete-confirmation');
    await list.getByRole('button', { name: de['list.confirmYes'] }).tap();
    await announced(page, de['list.deleted']);
    await expect.poll(async () => (await readExtensionStore(session.browser.context, 'suggestions')).length).toBe(0);
    await page.close();
  });

  it('takes text selected by touch, where no click follows the selection', async () => {
    const page = await open('/kooperationsplan.html');
    await launcher(page).tap();
    await (await panels(page)).getByRole('button', { name: de['menu.pick'] }).tap();
    await own(page).getByRole('region', { name: de['picker.banner'] }).waitFor();
    // A long press and the selection handles, as the phone's own text selection leaves them.
    const sentence = 'Er soll Ihnen Orientierung geben und zeigen, wie das Jobcenter Sie unterstützt.';
    await page.evaluate((sentence) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(sentence))!;
      const text = paragraph.firstChild as Text;
      const at = text.data.indexOf(sentence);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + sentence.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, sentence);
    const take = own(page).getByRole('button', { name: de['picker.takeSelection'] });
    await take.waitFor();
    await expectTouchTargets(own(page).getByRole('region', { name: de['picker.banner'] }), 'picking with a selection');
    await screenshot(page, 'annotation-phone', 'picking-with-selection');
    await take.tap();
    const form = await dialog(page, de['form.title']);
    await form.waitFor();
    expect(await form.locator('figure').textContent()).toBe(`${de['form.before']}${sentence}`);
    await form.getByLabel(de['form.problem']).fill('Was heißt Orientierung hier?');
    await form.getByLabel(de['form.proposalText']).fill('Er hilft Ihnen bei der Planung.');
    await form.getByRole('button', { name: de['form.next'] }).tap();
    await (await dialog(page, de['review.title'])).getByRole('button', { name: de['review.save'] }).tap();
    await announced(page, de['saved.announce'].split('.')[0]!);
    const [record] = (await readExtensionStore(session.browser.context, 'suggestions')) as StoredSuggestion[];
    expect(record!.suggestion.target).toMatchObject({ kind: 'text', label: sentence });
    await page.close();
  });

  it('offers the whole step and the searchable list by touch too', async () => {
    const page = await open('/wba.html');
    await launcher(page).tap();
    await (await panels(page)).getByRole('button', { name: de['menu.finder'] }).tap();
    const finder = await dialog(page, de['finder.title']);
    await finder.getByRole('searchbox').fill('bank');
    await expectOnScreen(finder, 'finder');
    await expectTouchTargets(finder, 'finder');
    await screenshot(page, 'annotation-phone', 'finder');
    await finder.getByRole('button', { name: de['finder.back'] }).tap();
    await (await panels(page)).getByRole('button', { name: de['menu.wholePage'] }).tap();
    const form = await dialog(page, de['form.title']);
    expect(await form.textContent()).toContain('Ganze Seite: Weiterbewilligungsantrag');
    await form.getByRole('button', { name: de['form.cancel'] }).tap();
    await form.waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the launcher off the page’s controls while scrolling, or shrinks it to its smallest form', async () => {
    const page = await open('/buergergeld/wohnen');
    const dock = own(page).locator('.mg-dock');
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    let free = 0;
    for (let step = 0; step <= 8; step++) {
      await page.evaluate((y) => scrollTo(0, y), Math.round((height * step) / 8));
      // Once it has settled: on no control, or shrunk because every corner has one.
      await expect
        .poll(async () => {
          const box = (await dock.boundingBox())!;
          return (await pageControlsUnder(page, box)).length === 0 || box.width <= 100;
        })
        .toBe(true);
      if ((await pageControlsUnder(page, (await dock.boundingBox())!)).length === 0) free++;
    }
    // Most of the way down the form, it finds a place that covers nothing.
    expect(free).toBeGreaterThanOrEqual(6);
    await page.close();
  });
});
