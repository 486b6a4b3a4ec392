import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExtensionStore } from './support/extension-db';
import { extensionSession } from './support/session';
import { own, panels } from './support/overlay';

const session = extensionSession({});

const MARKER = 'GEHEIM7731';

describe('nothing a person typed into the page ever leaves it', () => {
  it('fills every field of a form with a marker, suggests on each, builds a batch: the marker is nowhere', async () => {
    const page = await session.open('/wba.html');
    const { context } = session.browser;

    // Fill every control the way a claimant would: text, dates, choices, selects.
    const fieldIds = await page.$$eval('main input, main textarea, main select', (controls) =>
      controls.filter((control) => control.id && (control as HTMLInputElement).type !== 'hidden' && (control as HTMLInputElement).type !== 'file').map((control) => control.id),
    );
    expect(fieldIds.length).toBeGreaterThan(10);
    for (const id of fieldIds) {
      const control = page.locator(`#${id}`);
      const type = await control.evaluate((element) => (element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()));
      if (type === 'checkbox' || type === 'radio') await control.check({ force: true });
      else if (type === 'select') await control.selectOption({ index: 1 }).catch(() => undefined);
      else if (type === 'date') await control.fill('1985-01-31');
      else await control.fill(`${MARKER}-${id}`);
    }

    // Suggest on each text-like field through the keyboard path: focus it, Alt+Shift+V, "Zum Feld …".
    const textFields = [];
    for (const id of fieldIds) {
      const type = await page.locator(`#${id}`).evaluate((element) => (element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()));
      // Fields a choice has hidden again (the new address after "Ja") cannot be focused by a person either.
      if (!['checkbox', 'radio', 'select'].includes(type) && (await page.locator(`#${id}`).isVisible())) textFields.push(id);
    }
    for (const id of textFields) {
      await page.locator(`#${id}`).focus();
      await page.keyboard.press('Alt+Shift+KeyV');
      await (await panels(page)).getByRole('button', { name: /^Zum Feld „[^]*“, in dem Sie gerade waren$/ }).click();
      await (await panels(page)).getByLabel('Was ist schwierig oder unklar?').fill(`Das Feld ${id} ist unklar.`);
      await (await panels(page)).getByRole('button', { name: 'Weiter: prüfen' }).click();
      await (await panels(page)).getByRole('button', { name: 'Vorschlag speichern' }).click();
      // The announcement of the previous round may still stand: wait for the review to close instead.
      await (await panels(page)).getByRole('dialog', { name: 'Bitte prüfen' }).waitFor({ state: 'detached' });
    }

    const suggestions = await readExtensionStore(context, 'suggestions');
    expect(suggestions).toHaveLength(textFields.length);

    // Build the batch as a caseworker without network would: export it as a file.
    await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
    await (await panels(page)).getByRole('button', { name: /^Vorschläge senden/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), (await panels(page)).getByRole('button', { name: 'Als Datei speichern (JSON)' }).click()]);
    const batchFile = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(batchFile).suggestions).toHaveLength(textFields.length);

    const everythingStored = JSON.stringify([suggestions, await readExtensionStore(context, 'outbox'), await readExtensionStore(context, 'settings')]);
    expect(everythingStored).toContain('ist unklar');
    expect(everythingStored).not.toContain(MARKER);
    expect(everythingStored).not.toContain('1985-01-31');
    expect(batchFile).not.toContain(MARKER);
    expect(batchFile).not.toContain('1985-01-31');
  });
});
