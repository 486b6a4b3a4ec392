/**
 * What a person writes is never lost, and their suggestions stay with the step they were made on:
 * closing by mistake asks first, a reload brings the draft back, a single-page application's step is the
 * same step under each of its addresses. In Chromium with the built extension.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/catalogues';
import { announced, dialog, fillForm, focusedElement, focusInPanel, launcher, own, panels, panelsIfAny } from './support/overlay';
import { extensionSession } from './support/session';

const t = translator('de');
const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });

/** Open the form for the field with `id` by pointing at it. */
async function formFor(page: Page, id: string) {
  await launcher(page).click();
  await (await panels(page)).getByRole('button', { name: t('menu.pick') }).click();
  await page.locator(`#${id}`).click();
  return (await dialog(page, t('form.title')));
}

async function saveFromForm(page: Page) {
  await (await dialog(page, t('form.title'))).getByRole('button', { name: t('form.next') }).click();
  await (await dialog(page, t('review.title'))).getByRole('button', { name: t('review.save') }).click();
  await announced(page, t('saved.announce').split('.')[0]!);
}

describe('nothing written is lost', () => {
  it('Escape and "Abbrechen" on a form with text ask first; "Weiterschreiben" keeps every word', async () => {
    const page = await session.open('/wba.html');
    const form = await formFor(page, 'wba-iban');
    await fillForm(form, { problem: 'Ich weiß nicht, welche IBAN gemeint ist.' });
    await page.keyboard.press('Escape');
    const question = (await panels(page)).getByRole('alertdialog', { name: t('discard.title') });
    await question.waitFor();
    expect((await focusedElement(page)).name).toBe(t('discard.keep'));
    await question.getByRole('button', { name: t('discard.keep') }).click();
    expect(await form.getByLabel(t('form.problem')).inputValue()).toBe('Ich weiß nicht, welche IBAN gemeint ist.');

    await form.getByRole('button', { name: t('form.cancel') }).click();
    await question.getByRole('button', { name: t('discard.confirm') }).click();
    await launcher(page).waitFor();
    // Thrown away means gone: a reload brings nothing back.
    await page.reload();
    await launcher(page).waitFor();
    // Nothing to restore: the panels are not even loaded.
    expect(panelsIfAny(page)).toBeUndefined();
    await page.close();
  });

  it('an empty form closes at once, without a question', async () => {
    const page = await session.open('/wba.html');
    await formFor(page, 'wba-iban');
    await focusInPanel(page);
    await page.keyboard.press('Escape');
    await launcher(page).waitFor();
    expect(await (await panels(page)).getByRole('alertdialog').count()).toBe(0);
    await page.close();
  });

  it('a reload brings the draft back into the form, where it was being written', async () => {
    const page = await session.open('/wba.html');
    const form = await formFor(page, 'wba-iban');
    await fillForm(form, { problem: 'Halb geschrieben, dann lädt die Seite neu', proposal: 'Ein Beispiel zeigen' });
    // Kept a moment after typing stops.
    await page.waitForTimeout(800);
    await page.reload();
    const restored = await dialog(page, t('form.title'));
    await restored.waitFor();
    expect(await restored.getByLabel(t('form.problem')).inputValue()).toBe('Halb geschrieben, dann lädt die Seite neu');
    expect(await restored.textContent()).toContain('IBAN');
    await saveFromForm(page);
    const [saved] = await session.stored();
    expect(saved?.suggestion).toMatchObject({ problem: 'Halb geschrieben, dann lädt die Seite neu', proposal: 'Ein Beispiel zeigen' });
    // Saved means the draft is gone: the next reload opens nothing.
    await page.reload();
    await launcher(page).waitFor();
    // Nothing to restore: the panels are not even loaded.
    expect(panelsIfAny(page)).toBeUndefined();
    await page.close();
  });

  it('the draft stays open while the single-page application moves to another step', async () => {
    const page = await session.open('/buergergeld/');
    const form = await formFor(page, 'antragsteller-geburtsname');
    await fillForm(form, { problem: 'Was ist ein Geburtsname, wenn ich nie geheiratet habe?' });
    // The person clicks the application's own step navigation with the mouse, the form still open.
    await page.getByRole('navigation', { name: 'Antragsschritte' }).getByRole('link', { name: /Lebenssituation/ }).click();
    await expect.poll(() => page.url()).toMatch(/lebenssituation$/);
    expect(await (await dialog(page, t('form.title'))).getByLabel(t('form.problem')).inputValue()).toBe('Was ist ein Geburtsname, wenn ich nie geheiratet habe?');
    await page.close();
  });
});

describe('a suggestion stays with its step', () => {
  it('is shown on the first step under /buergergeld/ and under /buergergeld/persoenliche-daten alike', async () => {
    const page = await session.open('/buergergeld/');
    const form = await formFor(page, 'antragsteller-geburtsname');
    await fillForm(form, { problem: 'Geburtsname braucht ein Beispiel.' });
    await saveFromForm(page);
    const marker = own(page).getByRole('button', { name: /^Vorschlag 1: Feld: Geburtsname/ });
    await marker.waitFor();

    const steps = page.getByRole('navigation', { name: 'Antragsschritte' });
    await steps.getByRole('link', { name: /Lebenssituation/ }).click();
    await marker.waitFor({ state: 'detached' });
    await steps.getByRole('link', { name: /Persönliche Daten/ }).click();
    await expect.poll(() => page.url()).toMatch(/persoenliche-daten$/);
    await marker.waitFor();

    // A fresh visit under the other address finds it too.
    const deepLink = await session.open('/buergergeld/persoenliche-daten');
    await own(deepLink).getByRole('button', { name: /^Vorschlag 1: Feld: Geburtsname/ }).waitFor();
    await page.close();
    await deepLink.close();
  });
});

describe('keyboard and focus', () => {
  it('the list of fields starts from the field the person was in', async () => {
    const page = await session.open('/wba.html');
    await page.locator('#wba-iban').focus();
    await page.keyboard.press('Alt+Shift+V');
    await (await dialog(page, t('menu.title'))).getByRole('button', { name: t('menu.finder') }).click();
    const finder = await dialog(page, t('finder.title'));
    const firstChoice = finder.locator('.mg-choice').first();
    expect(await firstChoice.textContent()).toMatch(/IBAN/);
    expect(await finder.getByRole('heading', { name: t('finder.current') }).count()).toBe(1);
    await page.close();
  });

  it('after an export, focus stays in the send panel', async () => {
    const page = await session.open('/postfach.html');
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: t('menu.wholePage') }).click();
    await fillForm((await dialog(page, t('form.title'))), { problem: 'Die Seite erklärt nicht, was ich tun soll.' });
    await saveFromForm(page);
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: /^Vorschläge senden/ }).click();
    const panel = await dialog(page, t('send.title'));
    await panel.getByText(t('send.waiting', { count: 1 })).waitFor();
    const exportJson = panel.getByRole('button', { name: t('send.exportJson') });
    await exportJson.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await announced(page, /Gespeicherte Dateien/);
    expect(await focusedElement(page)).toMatchObject({ inOverlay: true, name: t('send.exportJson') });
    await page.close();
  });

  it.each([
    { name: '1280 × 800', viewport: { width: 1280, height: 800 } },
    // 1280 × 800 at 200 % zoom lays out like 640 × 400 CSS pixels.
    { name: '200 % zoom', viewport: { width: 640, height: 400 } },
    { name: '320 px phone', viewport: { width: 320, height: 568 } },
  ])('the form’s and the review’s main buttons stay in view at $name', async ({ viewport }) => {
    const page = await session.open('/wba.html');
    await page.setViewportSize(viewport);
    const form = await formFor(page, 'wba-iban');
    await fillForm(form, { problem: 'Zu lang für den kleinen Bildschirm. '.repeat(12) });
    const inView = async (name: string) => {
      const box = (await (await panels(page)).getByRole('button', { name, exact: true }).boundingBox())!;
      return box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
    };
    expect(await inView(t('form.next'))).toBe(true);
    await form.getByRole('button', { name: t('form.next') }).click();
    await (await dialog(page, t('review.title'))).waitFor();
    expect(await inView(t('review.save'))).toBe(true);
    await page.close();
  });
});

describe('bad files get short, clear answers', () => {
  it('a file too large is refused by its size, in one sentence, before it is read or sent to the background', async () => {
    const page = await session.open('/postfach.html');
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: /^Vorschläge senden/ }).click();
    const panel = await dialog(page, t('send.title'));
    // 12 MB of something that is not even JSON: reading it would be wasted, so it is never read.
    await panel.getByLabel(t('send.import')).setInputFiles({ name: 'riesig.json', mimeType: 'application/json', buffer: Buffer.alloc(12_000_000, 0x61) });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Die Datei ist 12 MB groß; Paketdateien dürfen höchstens 10 MB groß sein. Es wurde nichts importiert. Bitte lassen Sie die Vorschläge in kleineren Paketen exportieren.',
    );
    expect(await session.stored()).toEqual([]);
    await page.close();
  });

  it('a hostile file with thousands of errors gets a few lines, not an endless alert', async () => {
    const page = await session.open('/postfach.html');
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: /^Vorschläge senden/ }).click();
    const panel = await dialog(page, t('send.title'));
    const hostile = { batchId: 'x', schemaVersion: 1, createdAt: 'gestern', source: {}, suggestions: Array.from({ length: 500 }, (_, index) => ({ id: `${index}`.repeat(50) })) };
    await panel.getByLabel(t('send.import')).setInputFiles({ name: 'boese.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toMatch(/^Die Paketdatei ist ungültig \(\d+ Fehler\)\. Es wurde nichts importiert\./);
    expect(text).toMatch(/… und \d+ weitere Fehler$/);
    expect(text.length).toBeLessThan(1_000);
    expect(await session.stored()).toEqual([]);
    await page.close();
  });
});
