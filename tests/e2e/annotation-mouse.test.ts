import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { putExtensionRecord } from './support/extension-db';
import { announced, dialog, dialogIfAny, fillForm, focusedElement, launcher, own, pageControlsUnder, panels } from './support/overlay';
import { screenshot } from './support/screenshots';
import { extensionSession } from './support/session';

const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 720 } });

const stored = () => session.stored();

const open = (path: string) => session.open(path);

/** Point at something with the mouse: open the menu, choose "Auf der Seite zeigen". */
async function startPointing(page: Page) {
  await launcher(page).click();
  await (await panels(page)).getByRole('button', { name: de['menu.pick'] }).click();
  await own(page).getByRole('region', { name: de['picker.banner'] }).waitFor();
}

async function writeAndSave(page: Page, values: Parameters<typeof fillForm>[1]) {
  const form = await dialog(page, de['form.title']);
  await fillForm(form, values);
  await form.getByRole('button', { name: de['form.next'] }).click();
  await (await dialog(page, de['review.title'])).getByRole('button', { name: de['review.save'] }).click();
  await announced(page, de['saved.announce'].split('.')[0]!);
}

/** Where a sentence of the page is on screen: the middle of its first and last character. */
function sentenceEnds(page: Page, sentence: string) {
  return page.evaluate((sentence) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(sentence);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + sentence.length);
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    }
    throw new Error(`"${sentence}" is not on the page`);
  }, sentence);
}

describe('annotating with the mouse', () => {
  it('outlines what is under the pointer, picks the field of a clicked label, and presses nothing of the page', async () => {
    const page = await open('/wba.html');
    await screenshot(page, 'annotation-mouse', 'closed');
    await startPointing(page);

    await page.locator('#wba-iban').hover();
    const highlight = own(page).locator('.mg-highlight');
    const field = (await page.locator('#wba-iban').boundingBox())!;
    await expect.poll(async () => (await highlight.boundingBox())?.y).toBeCloseTo(field.y, 0);
    expect((await highlight.boundingBox())!.width).toBeCloseTo(field.width, 0);
    await screenshot(page, 'annotation-mouse', 'picking');

    // Clicking the page's own submit button while pointing chooses it; it must not send the form.
    await page.getByRole('button', { name: 'Antrag absenden' }).click();
    await (await dialog(page, de['form.title'])).waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    await (await dialog(page, de['form.title'])).getByRole('button', { name: de['form.cancel'] }).click();

    await startPointing(page);
    await page.locator('label[for="wba-iban"]').click();
    const form = await dialog(page, de['form.title']);
    await form.waitFor();
    expect(await form.textContent()).toContain('Feld: IBAN');
    await screenshot(page, 'annotation-mouse', 'form');
    await writeAndSave(page, { category: 'unclear-wording', problem: 'Warum muss ich die IBAN noch einmal angeben?', role: 'claimant' });

    const [record] = await stored();
    expect(record!.suggestion.target).toMatchObject({ kind: 'field', label: 'IBAN' });
    // The banner is gone and the page is the page again: a click on a link follows it.
    expect(await own(page).getByRole('region', { name: de['picker.banner'] }).count()).toBe(0);
    await page.close();
  });

  it('leaves pointing mode on Escape, back to the menu, with nothing chosen', async () => {
    const page = await open('/veraenderungsmitteilung.html');
    await startPointing(page);
    await page.keyboard.press('Escape');
    await (await dialog(page, de['menu.title'])).waitFor();
    await announced(page, de['picker.cancelled']);
    expect(await own(page).getByRole('region', { name: de['picker.banner'] }).count()).toBe(0);
    // The page works as before: clicking a field puts the cursor there instead of choosing it.
    await page.keyboard.press('Escape');
    await page.locator('#vm-vorname').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vm-vorname');
    expect(await (await dialogIfAny(page, de['form.title'])).count()).toBe(0);
    await page.close();
  });

  it('takes a selected sentence, shows it as the text before, and marks it after saving', async () => {
    const page = await open('/kooperationsplan.html');
    const sentence = 'Der Plan ist kein Vertrag und kein Bescheid.';
    await startPointing(page);
    const { from, to } = await sentenceEnds(page, sentence);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();

    const form = await dialog(page, de['form.title']);
    await form.waitFor();
    expect(await form.textContent()).toContain(`Text: „${sentence}“`);
    expect(await form.locator('figure').textContent()).toBe(`${de['form.before']}${sentence}`);
    await form.getByLabel(de['form.proposalText']).fill('Der Plan ist eine Vereinbarung, kein Bescheid.');
    await screenshot(page, 'annotation-mouse', 'form-text');
    await form.getByLabel(de['form.problem']).fill('Was ist dann der Unterschied?');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const review = await dialog(page, de['review.title']);
    expect(await review.textContent()).toContain('Der Plan ist eine Vereinbarung, kein Bescheid.');
    await review.getByRole('button', { name: de['review.save'] }).click();

    const marker = own(page).getByRole('button', { name: `Vorschlag 1: Text: „${sentence}“` });
    await marker.waitFor();
    const markerBox = (await marker.boundingBox())!;
    expect(Math.abs(markerBox.y + 12 - from.y)).toBeLessThan(30);
    const [record] = await stored();
    expect(record!.suggestion.target).toMatchObject({ kind: 'text', label: sentence });
    expect(record!.suggestion.proposal).toBe('Der Plan ist eine Vereinbarung, kein Bescheid.');
    await page.close();
  });

  it('offers the whole step of the Bürgergeld app after moving between its steps', async () => {
    const page = await open('/buergergeld/');
    await page.getByRole('link', { name: /Wohnen und Heizkosten/ }).first().click();
    await page.getByRole('heading', { name: 'Wohnen und Heizkosten', level: 2 }).waitFor();
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: de['menu.wholePage'] }).click();
    const form = await dialog(page, de['form.title']);
    expect(await form.textContent()).toContain('Ganze Seite: Wohnen und Heizkosten');
    await writeAndSave(page, { category: 'process-friction', problem: 'Zu viele Felder zu den Heizkosten.' });

    const [record] = await stored();
    expect(record!.suggestion.target.kind).toBe('page');
    expect(record!.suggestion.page).toMatchObject({ url: `${session.site.url}/buergergeld/wohnen`, step: 'Wohnen und Heizkosten' });
    expect(record!.suggestion.category).toBe('process-friction');
    await page.close();
  });

  it('shows before saving what will be stored: personal data marked as removed, and asks about health', async () => {
    const page = await open('/wba.html');
    await startPointing(page);
    await page.locator('#wba-iban').click();
    const form = await dialog(page, de['form.title']);
    await form.getByRole('button', { name: de['form.next'] }).click();
    // Nothing written yet: the form says what is missing, at the field.
    const problem = form.getByLabel(de['form.problem']);
    expect(await problem.getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).toContain(de['form.problemRequired']);
    await screenshot(page, 'annotation-mouse', 'form-error');

    await problem.fill('Ich bin krank und kann nicht zur Bank. Meine IBAN ist DE89 3704 0044 0532 0130 00.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const review = await dialog(page, de['review.title']);
    await review.waitFor();
    expect(await review.locator('mark').allTextContents()).toEqual(['[IBAN entfernt]']);
    expect(await review.textContent()).not.toContain('DE89');
    expect(await review.textContent()).toContain('Wir haben 1 persönliche Angabe entfernt.');
    expect(await review.getByRole('heading', { name: de['review.sensitiveTitle'] }).isVisible()).toBe(true);
    expect(await review.textContent()).toContain('Gesundheit');
    await screenshot(page, 'annotation-mouse', 'review-sensitive');

    // Not confirmed: saving asks again, nothing is stored.
    await review.getByRole('button', { name: de['review.save'] }).click();
    expect(await review.getByRole('alert').textContent()).toBe(de['review.sensitiveRequired']);
    expect(await stored()).toEqual([]);

    // Confirmed, then changed: a changed text must be looked at again.
    await review.getByRole('checkbox', { name: de['review.sensitiveConfirm'] }).check();
    await review.getByRole('button', { name: de['review.sensitiveEdit'] }).click();
    expect(await problem.inputValue()).toContain('Ich bin krank');
    await problem.fill('Ich bin krank und kann nicht zur Bank.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    const confirm = review.getByRole('checkbox', { name: de['review.sensitiveConfirm'] });
    expect(await confirm.isChecked()).toBe(false);
    await confirm.check();
    await review.getByRole('button', { name: de['review.save'] }).click();
    await announced(page, de['saved.announce'].split('.')[0]!);
    const [record] = await stored();
    expect(record!.suggestion.problem).toBe('Ich bin krank und kann nicht zur Bank.');
    await page.close();
  });

  it('lists my suggestions for this page and all pages, with numbered markers, edit and delete', async () => {
    const page = await open('/veraenderungsmitteilung.html');
    await startPointing(page);
    await page.locator('#vm-bg-nummer').click();
    await writeAndSave(page, { problem: 'Wo finde ich die BG-Nummer?' });
    await page.close();

    const wba = await open('/wba.html');
    for (const [id, problem] of [['#wba-iban', 'IBAN schon bekannt.'], ['#wba-bg-nummer', 'BG-Nummer wozu?']] as const) {
      await startPointing(wba);
      await wba.locator(id).click();
      await writeAndSave(wba, { problem });
    }
    const first = own(wba).getByRole('button', { name: /^Vorschlag 1: Feld: IBAN/ });
    const second = own(wba).getByRole('button', { name: /^Vorschlag 2: Feld: Nummer der Bedarfsgemeinschaft/ });
    await second.waitFor();
    const field = (await wba.locator('#wba-bg-nummer').boundingBox())!;
    const markerBox = (await second.boundingBox())!;
    expect(Math.abs(markerBox.x - (field.x + field.width))).toBeLessThan(20);
    expect(Math.abs(markerBox.y - field.y)).toBeLessThan(20);
    expect(await launcher(wba).textContent()).toContain('2 gespeichert');
    await screenshot(wba, 'annotation-mouse', 'closed-with-markers');

    // A marker opens the list at its own suggestion.
    await second.click();
    const list = await dialog(wba, de['list.title']);
    await list.waitFor();
    const items = list.locator('li[data-suggestion-id]');
    expect(await items.count()).toBe(2);
    expect((await focusedElement(wba)).name).toContain('BG-Nummer wozu?');
    const records = await stored();
    for (const record of records.filter((one) => one.suggestion.page.url.endsWith('/wba.html'))) {
      expect(await list.locator(`[data-suggestion-id="${record.suggestion.id}"]`).textContent()).toContain(de[`status.${record.status}`]);
    }
    await screenshot(wba, 'annotation-mouse', 'list-this-page');

    await list.getByRole('button', { name: de['list.everywhere'] }).click();
    await expect.poll(() => items.count()).toBe(3);
    expect(await list.textContent()).toContain('Veränderungsmitteilung');
    await screenshot(wba, 'annotation-mouse', 'list-all-pages');
    await list.getByRole('button', { name: de['list.thisPage'] }).click();

    // Edit the first: the form opens with its text, saving changes it on the device.
    await items.first().getByRole('button', { name: de['list.edit'] }).click();
    const form = await dialog(wba, de['form.editTitle']);
    expect(await form.getByLabel(de['form.problem']).inputValue()).toBe('IBAN schon bekannt.');
    await form.getByLabel(de['form.problem']).fill('Die IBAN kennt das Jobcenter schon.');
    await form.getByRole('button', { name: de['form.next'] }).click();
    await (await dialog(wba, de['review.title'])).getByRole('button', { name: de['review.save'] }).click();
    await announced(wba, de['saved.updated']);
    await list.waitFor();
    expect(await items.first().textContent()).toContain('Die IBAN kennt das Jobcenter schon.');
    expect((await stored()).map((record) => record.suggestion.problem)).toContain('Die IBAN kennt das Jobcenter schon.');

    // Delete the second, after a question.
    await items.nth(1).getByRole('button', { name: de['list.delete'] }).click();
    await list.getByRole('group', { name: de['list.confirmDelete'] }).waitFor();
    await screenshot(wba, 'annotation-mouse', 'delete-confirmation');
    await list.getByRole('button', { name: de['list.confirmYes'] }).click();
    await announced(wba, de['list.deleted']);
    expect(await items.count()).toBe(1);
    expect(await second.count()).toBe(0);
    expect(await first.count()).toBe(1);
    expect((await stored()).map((record) => record.suggestion.problem).sort()).toEqual(['Die IBAN kennt das Jobcenter schon.', 'Wo finde ich die BG-Nummer?']);
    await wba.close();
  });

  it('shows the status of sent suggestions and offers no edit for them', async () => {
    const page = await open('/wba.html');
    await startPointing(page);
    await page.locator('#wba-iban').click();
    await writeAndSave(page, { problem: 'IBAN schon bekannt.' });
    const [record] = await stored();
    await putExtensionRecord(session.browser.context, 'suggestions', { ...record!, status: 'sent', batchId: crypto.randomUUID() });

    await page.reload();
    await own(page).getByRole('button', { name: /^Vorschlag 1: Feld: IBAN/ }).click();
    const list = await dialog(page, de['list.title']);
    await list.waitFor();
    expect(await list.textContent()).toContain(de['status.sent']);
    expect(await list.getByRole('button', { name: de['list.edit'] }).count()).toBe(0);
    await page.close();
  });

  it('says "page changed" for a suggestion whose field is gone, and draws no marker for it', async () => {
    const page = await open('/wba.html');
    await startPointing(page);
    await page.locator('#wba-iban').click();
    await writeAndSave(page, { problem: 'IBAN schon bekannt.' });
    await own(page).getByRole('button', { name: /^Vorschlag 1: Feld: IBAN/ }).waitFor();

    // The Jobcenter redesigned the page: the IBAN field is gone.
    await page.route(`${session.site.url}/wba.html`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<label for="wba-iban"[\s\S]*?<input[^>]*id="wba-iban"[^>]*>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.reload();
    await launcher(page).waitFor();
    expect(await page.locator('#wba-iban').count()).toBe(0);
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: /^Meine Vorschläge/ }).click();
    const list = await dialog(page, de['list.title']);
    await list.getByText(de['list.pageChanged']).waitFor();
    expect(await own(page).getByRole('button', { name: /^Vorschlag 1:/ }).count()).toBe(0);
    await page.close();
  });
});

describe('the launcher', () => {
  it('moves to another corner and shrinks on request, and remembers both', async () => {
    const page = await open('/');
    const dock = own(page).locator('.mg-dock');
    const before = (await dock.boundingBox())!;
    expect(before.x).toBeGreaterThan(640);

    await own(page).getByRole('button', { name: de['launcher.move'] }).click();
    // The next corner is the bottom start: on the left for German.
    await expect.poll(async () => (await dock.boundingBox())!.x).toBeLessThan(640);
    await own(page).getByRole('button', { name: de['launcher.collapse'] }).click();
    await own(page).getByRole('button', { name: de['launcher.expand'] }).waitFor();
    const small = (await launcher(page).boundingBox())!;
    expect(small.width).toBeLessThan(before.width / 2);
    expect(small.width).toBeGreaterThanOrEqual(44);
    // Shrunk, it still has its name for a screen reader.
    expect(await launcher(page).getAttribute('aria-label')).toBe(de['launcher.open']);

    await page.reload();
    await own(page).getByRole('button', { name: de['launcher.expand'] }).waitFor();
    expect((await dock.boundingBox())!.x).toBeLessThan(640);
    await own(page).getByRole('button', { name: de['launcher.expand'] }).click();
    await own(page).getByRole('button', { name: de['launcher.collapse'] }).waitFor();
    await page.close();
  });

  it('covers none of the page’s own controls, wherever a person scrolls, on every demo page', async () => {
    for (const path of ['/', '/buergergeld/wohnen', '/wba.html', '/veraenderungsmitteilung.html', '/kooperationsplan.html', '/postfach.html']) {
      const page = await open(path);
      const dock = own(page).locator('.mg-dock');
      const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
        await page.evaluate((y) => scrollTo(0, y), Math.round(height * fraction));
        await expect.poll(async () => pageControlsUnder(page, (await dock.boundingBox())!), { timeout: 3000 }).toEqual([]);
      }
      await page.close();
    }
  });
});
