import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { announced, dialog, dialogIfAny, focusedElement, launcher, own } from './support/overlay';
import { screenshot } from './support/screenshots';
import { extensionSession } from './support/session';

/**
 * Everything with the keyboard alone: no click, no tap. Page fields get focus the way Tab would give
 * it (`focus()`); from there on, every step is a key press.
 */

const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 720 } });

const stored = () => session.stored();

const open = (path: string) => session.open(path);

/** Press Tab until the overlay's focused control has this name; fail if it never comes. */
async function tabTo(page: Page, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  // A panel takes focus a frame after it appears; start from there, not from the page.
  await expect.poll(async () => (await focusedElement(page)).inOverlay).toBe(true);
  for (let presses = 0; presses < 30; presses++) {
    const focused = await focusedElement(page);
    if (typeof name === 'string' ? focused.name === name : name.test(focused.name)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached "${name}"; focus is on ${JSON.stringify(await focusedElement(page))}`);
}

const shortcut = (page: Page) => page.keyboard.press('Alt+Shift+V');

/** A dialog has opened and taken focus (a frame after it appears): only then do keys go to it. */
async function opened(page: Page, name: string) {
  const panel = await dialog(page, name);
  await panel.waitFor();
  await expect.poll(async () => (await focusedElement(page)).inOverlay).toBe(true);
  return panel;
}

/** Focus moves a frame after a panel appears: wait for it to arrive where it should. */
function expectFocus(page: Page, expected: Partial<Awaited<ReturnType<typeof focusedElement>>>) {
  return expect.poll(() => focusedElement(page)).toMatchObject(expected);
}

/** The review opens at its heading, so what will be stored is read first; Tab reaches "save", Enter saves. */
async function saveFromReview(page: Page) {
  await opened(page, de['review.title']);
  await expectFocus(page, { inOverlay: true, name: de['review.title'] });
  await page.keyboard.press('Tab');
  await expectFocus(page, { inOverlay: true, name: de['review.save'] });
  await page.keyboard.press('Enter');
}

describe('annotating with the keyboard alone', () => {
  it('suggests for the field I am in: Alt+Shift+V, that field, write, review, save, and back to the field', async () => {
    const page = await open('/buergergeld/wohnen');
    await page.locator('#kdu-kaltmiete').focus();
    await page.keyboard.type('420');
    await shortcut(page);
    const menu = await opened(page, de['menu.title']);
    await expectFocus(page, { inOverlay: true, name: de['menu.pick'] });
    await screenshot(page, 'annotation-keyboard', 'menu');

    await tabTo(page, /^Zum Feld „Kaltmiete/);
    await page.keyboard.press('Enter');
    const form = await opened(page, de['form.title']);
    expect(await form.textContent()).toContain('Feld: Kaltmiete');
    // The cursor is where the writing starts.
    await expectFocus(page, { inOverlay: true, id: 'mg-problem' });
    await page.keyboard.type('Gehört die Garage zur Kaltmiete?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ein Satz dazu: Garage nicht mitzählen.');
    await page.keyboard.press('Tab');
    await expectFocus(page, { id: 'mg-role' });
    await page.keyboard.press('ArrowDown');
    await screenshot(page, 'annotation-keyboard', 'form');
    await tabTo(page, de['form.next']);
    await page.keyboard.press('Enter');

    await saveFromReview(page);
    await announced(page, de['saved.announce'].split('.')[0]!);
    await expect.poll(async () => (await focusedElement(page)).id).toBe('kdu-kaltmiete');
    await expectFocus(page, { inOverlay: false });

    const [record] = await stored();
    expect(record!.suggestion).toMatchObject({
      problem: 'Gehört die Garage zur Kaltmiete?',
      proposal: 'Ein Satz dazu: Garage nicht mitzählen.',
      authorRole: 'caseworker',
      target: { kind: 'field' },
    });
    // What was typed into the page's own field is not part of the suggestion.
    expect(JSON.stringify(record)).not.toContain('420');
    await page.close();
  });

  it('finds a field in the searchable list by typing part of its label', async () => {
    const page = await open('/buergergeld/wohnen');
    await shortcut(page);
    await opened(page, de['menu.title']);
    await tabTo(page, de['menu.finder']);
    await page.keyboard.press('Enter');
    const finder = await opened(page, de['finder.title']);
    await expectFocus(page, { id: 'mg-finder-search' });
    await page.keyboard.type('heizk');
    const count = finder.getByRole('status');
    await count.filter({ hasText: /^\d+ Treffer$/ }).waitFor();
    expect(await finder.getByRole('button').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Heizkosten/)]));
    await screenshot(page, 'annotation-keyboard', 'finder');
    await page.keyboard.type('xyz');
    await count.filter({ hasText: de['finder.none'] }).waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');

    await tabTo(page, /^Heizkosten/);
    await page.keyboard.press('Enter');
    const form = await opened(page, de['form.title']);
    expect(await form.textContent()).toContain('Feld: Heizkosten');
    await expectFocus(page, { id: 'mg-problem' });
    await page.keyboard.type('Was zählt zu den Heizkosten?');
    await tabTo(page, de['form.next']);
    await page.keyboard.press('Enter');
    await saveFromReview(page);
    await announced(page, de['saved.announce'].split('.')[0]!);
    const [record] = await stored();
    expect(record!.suggestion.target.label).toMatch(/^Heizkosten/);
    await page.close();
  });

  it('keeps Tab inside each dialog, both ways, and Escape closes it with focus back on the launcher', async () => {
    const page = await open('/wba.html');
    await launcher(page).focus();
    await page.keyboard.press('Enter');
    await opened(page, de['menu.title']);
    const seen = new Set<string>();
    for (let presses = 0; presses < 20; presses++) {
      const focused = await focusedElement(page);
      expect(focused.inOverlay).toBe(true);
      seen.add(focused.name);
      await page.keyboard.press('Tab');
    }
    expect(seen).toContain(de['menu.close']);
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focusedElement(page)).inOverlay).toBe(true);
    }
    await page.keyboard.press('Escape');
    await (await dialogIfAny(page, de['menu.title'])).waitFor({ state: 'detached' });
    await expectFocus(page, { inOverlay: true, name: expect.stringContaining(de['launcher.open']) });

    // The list opens with its heading focused: Shift+Tab from there must stay inside too.
    await page.keyboard.press('Enter');
    await tabTo(page, /^Meine Vorschläge/);
    await page.keyboard.press('Enter');
    await opened(page, de['list.title']);
    await expectFocus(page, { tag: 'h2' });
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, { inOverlay: true, name: de['menu.close'] });
    await page.close();
  });

  it('opens from anywhere with Alt+Shift+V and gives focus back to the page element on Escape, also after a detour', async () => {
    const page = await open('/wba.html');
    await page.locator('#wba-iban').focus();
    await shortcut(page);
    await opened(page, de['menu.title']);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focusedElement(page)).id).toBe('wba-iban');

    // Into the list of fields and back to the menu, then out: still back to the IBAN field.
    await shortcut(page);
    await tabTo(page, de['menu.finder']);
    await page.keyboard.press('Enter');
    await opened(page, de['finder.title']);
    // The way back is the last control: Shift+Tab from the search field wraps around to it.
    await expectFocus(page, { id: 'mg-finder-search' });
    await tabTo(page, de['finder.back'], 'Shift+Tab');
    await page.keyboard.press('Enter');
    await opened(page, de['menu.title']);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focusedElement(page)).id).toBe('wba-iban');

    // Pointing mode by keyboard: Escape leaves it, back in the menu.
    await shortcut(page);
    await opened(page, de['menu.title']);
    await page.keyboard.press('Enter');
    await own(page).getByRole('region', { name: de['picker.banner'] }).waitFor();
    await expectFocus(page, { inOverlay: true, name: de['picker.escape'] });
    await page.keyboard.press('Escape');
    await opened(page, de['menu.title']);
    await expectFocus(page, { name: de['menu.pick'] });
    await page.close();
  });

  it('says what is missing in the form, at the field and through the screen reader', async () => {
    const page = await open('/wba.html');
    await shortcut(page);
    await tabTo(page, de['menu.wholePage']);
    await page.keyboard.press('Enter');
    await opened(page, de['form.title']);
    await tabTo(page, de['form.next']);
    await page.keyboard.press('Enter');
    // Focus goes to the empty field, which now says what is wrong, and the message is announced.
    await expect.poll(async () => (await focusedElement(page)).id).toBe('mg-problem');
    const problem = (await dialog(page, de['form.title'])).getByRole('textbox', { name: de['form.problem'] });
    expect(await problem.getAttribute('aria-invalid')).toBe('true');
    const description = await problem.evaluate((field) =>
      (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (field.getRootNode() as ShadowRoot).getElementById(id)?.textContent).join(' '),
    );
    expect(description).toContain(de['form.problemRequired']);
    await (await dialog(page, de['form.title'])).getByRole('alert').filter({ hasText: de['form.problemRequired'] }).waitFor();
    await page.keyboard.press('Escape');
    await (await dialogIfAny(page, de['form.title'])).waitFor({ state: 'detached' });
    await page.close();
  });

  it('reaches markers with Tab, opens the suggestion, edits and deletes it without losing focus', async () => {
    const page = await open('/wba.html');
    for (const [id, problem] of [['#wba-iban', 'Wozu noch einmal die IBAN?'], ['#wba-bg-nummer', 'Wo steht die BG-Nummer?']] as const) {
      await page.locator(id).focus();
      await shortcut(page);
      await tabTo(page, /^Zum Feld/);
      await page.keyboard.press('Enter');
      await opened(page, de['form.title']);
      await expectFocus(page, { id: 'mg-problem' });
      await page.keyboard.type(problem);
      await tabTo(page, de['form.next']);
      await page.keyboard.press('Enter');
      await saveFromReview(page);
      await announced(page, de['saved.announce'].split('.')[0]!);
    }

    // The markers come after the page in the Tab order, as buttons with a name.
    await own(page).getByRole('button', { name: /^Vorschlag 2:/ }).waitFor();
    await page.locator('footer a').last().focus();
    await page.keyboard.press('Tab');
    await expectFocus(page, { inOverlay: true, name: expect.stringMatching(/^Vorschlag 1: Feld: IBAN/) });
    await page.keyboard.press('Tab');
    await expectFocus(page, { name: expect.stringMatching(/^Vorschlag 2: Feld: Nummer der Bedarfsgemeinschaft/) });
    await page.keyboard.press('Enter');
    let list = await opened(page, de['list.title']);
    await expectFocus(page, { name: expect.stringContaining('Wo steht die BG-Nummer?') });
    // Escape: back on the marker that opened the list.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await expectFocus(page, { inOverlay: true, name: expect.stringMatching(/^Vorschlag 2:/) });
    await page.keyboard.press('Enter');
    list = await opened(page, de['list.title']);
    await expectFocus(page, { name: expect.stringContaining('Wo steht die BG-Nummer?') });

    // Edit it.
    await tabTo(page, de['list.edit']);
    await page.keyboard.press('Enter');
    await opened(page, de['form.editTitle']);
    await expectFocus(page, { id: 'mg-problem' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Die BG-Nummer steht oben rechts. Bitte sagen.');
    await tabTo(page, de['form.next']);
    await page.keyboard.press('Enter');
    await saveFromReview(page);
    await announced(page, de['saved.updated']);
    await list.waitFor();
    expect((await stored()).map((record) => record.suggestion.problem)).toContain('Die BG-Nummer steht oben rechts. Bitte sagen.');

    // Delete it: "No" keeps it and focus stays in the dialog, on the delete button.
    await expectFocus(page, { name: expect.stringContaining('Die BG-Nummer steht oben rechts.') });
    await tabTo(page, de['list.delete']);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).name).toBe(de['list.confirmYes']);
    await tabTo(page, de['list.confirmNo']);
    await page.keyboard.press('Enter');
    await expectFocus(page, { inOverlay: true, name: de['list.delete'] });
    // "Yes" removes it, and focus stays in the list, so the next Tab still means something.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).name).toBe(de['list.confirmYes']);
    await page.keyboard.press('Enter');
    await announced(page, de['list.deleted']);
    await expect.poll(async () => (await stored()).map((record) => record.suggestion.problem)).toEqual(['Wozu noch einmal die IBAN?']);
    await expectFocus(page, { inOverlay: true, name: expect.stringContaining('Wozu noch einmal die IBAN?') });
    // Closed: the marker it came from went with its suggestion, so focus goes to the launcher.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await expectFocus(page, { inOverlay: true, name: expect.stringContaining(de['launcher.open']) });
    await page.close();
  });
});
