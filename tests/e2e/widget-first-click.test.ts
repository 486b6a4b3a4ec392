/**
 * The widget's first panel does not wait for the device (store, zod, outbox), which loads beside it: on a
 * line where the device's chunk is slow, the menu opens, names no count until the device knows it (never a
 * passing 0 for screen readers to read out), and everything that needs the device waits for it.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { widgetDialog as dialog, widgetLauncher as launcher, widgetSession } from './support/widget';

const session = widgetSession({ service: 'WBA' });
const DEVICE_CHUNK = '**/widget/mitgestalten-device-*.js';

describe('the widget’s first click on a slow line', () => {
  it('opens the menu before the device arrives, shows the counts once it has, and saves what was written meanwhile', async () => {
    const { page, problems } = await session.open('/wba.html');
    let release!: () => void;
    const deviceHeld = new Promise<void>((resolve) => (release = resolve));
    const holdDevice = async (route: Route) => {
      await deviceHeld;
      await route.continue();
    };
    await page.route(DEVICE_CHUNK, holdDevice);

    await launcher(page).click();
    const menu = dialog(page, de['menu.title']);
    await menu.waitFor();
    // Without the device nothing is known about this page's suggestions: the buttons say no number.
    expect(await menu.getByRole('button', { name: de['list.title'], exact: true }).count()).toBe(1);
    expect(await menu.getByRole('button', { name: de['send.title'], exact: true }).count()).toBe(1);

    // Writing needs no device; saving waits for it.
    await menu.getByRole('button', { name: de['menu.wholePage'] }).click();
    const form = dialog(page, de['form.title']);
    await form.getByLabel(de['form.problem']).fill('Auf dieser Seite steht nicht, bis wann ich antworten muss.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const review = dialog(page, de['review.title']);
    await review.getByRole('button', { name: de['review.save'] }).click();
    // Still held: the review stays open with what was written, nothing is lost.
    expect(await review.textContent()).toContain('bis wann ich antworten muss');

    release();
    await review.waitFor({ state: 'detached' });
    await page.unroute(DEVICE_CHUNK, holdDevice);

    await launcher(page).click();
    await menu.getByRole('button', { name: 'Meine Vorschläge (1)' }).waitFor();
    await menu.getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).waitFor();
    expect(problems).toEqual([]);
  });
});
