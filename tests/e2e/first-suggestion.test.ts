import { describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { announced, own, panels } from './support/overlay';

const session = extensionSession({});

describe('the first suggestion, end to end with the built extension', () => {
  it('is written on a form field, stored in the extension’s IndexedDB, and marked again after a reload', async () => {
    // Query and fragment carry personal data on real portals; they must never be stored.
    const page = await session.open('/wba.html?kundennummer=123A456789#bank');
    const { site } = session;
    // What a person typed into the page is theirs alone: it must not end up in a suggestion.
    await page.locator('#wba-bg-nummer').fill('GEHEIM-4711');

    await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
    await (await panels(page)).getByRole('button', { name: 'Auf der Seite zeigen' }).click();
    await page.locator('#wba-bg-nummer').click();

    const form = (await panels(page)).getByRole('dialog', { name: 'Ihr Vorschlag' });
    await form.waitFor();
    expect(await form.textContent()).toContain('Feld: Nummer der Bedarfsgemeinschaft');
    await form.getByLabel('Was für ein Problem ist es?').selectOption('missing-information');
    await form.getByLabel('Was ist schwierig oder unklar?').fill('Wo finde ich die BG-Nummer? Ich habe nur meine IBAN DE89 3704 0044 0532 0130 00 zur Hand.');
    await form.getByLabel('Was wäre besser? (freiwillig)').fill('Ein Hinweis: Die BG-Nummer steht oben rechts auf dem Bescheid.');
    await form.getByLabel('Ich schreibe als').selectOption('caseworker');
    await form.getByRole('button', { name: 'Weiter: prüfen' }).click();
    const review = (await panels(page)).getByRole('dialog', { name: 'Bitte prüfen' });
    await review.getByRole('button', { name: 'Vorschlag speichern' }).click();
    await announced(page, 'Vorschlag gespeichert');

    const records = await session.stored();
    expect(records).toHaveLength(1);
    const [{ suggestion, status }] = records as [(typeof records)[number]];
    expect(status).toBe('queued');
    expect(suggestion.page.url).toBe(`${site.url}/wba.html`);
    expect(suggestion.page.title).toContain('Weiterbewilligungsantrag');
    expect(suggestion.target.kind).toBe('field');
    expect(suggestion.target.label).toContain('Nummer der Bedarfsgemeinschaft');
    expect(suggestion.category).toBe('missing-information');
    expect(suggestion.authorRole).toBe('caseworker');
    expect(suggestion.problem).toContain('[IBAN entfernt]');
    expect(suggestion.problem).not.toContain('DE89');
    expect(suggestion.redactions).toEqual({ iban: 1 });
    expect(suggestion.proposal).toBe('Ein Hinweis: Die BG-Nummer steht oben rechts auf dem Bescheid.');
    expect(JSON.stringify(records)).not.toContain('GEHEIM-4711');

    // The host page cannot see the suggestion: it lives in the extension's storage, not the page's.
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(pageDatabases).not.toContain('mitgestalten');

    await page.reload();
    const marker = own(page).getByRole('button', { name: /^Vorschlag 1: Feld: Nummer der Bedarfsgemeinschaft/ });
    await marker.waitFor();
    const field = (await page.locator('#wba-bg-nummer').boundingBox())!;
    const markerBox = (await marker.boundingBox())!;
    // The marker sits at the field's top right corner.
    expect(Math.abs(markerBox.x - (field.x + field.width))).toBeLessThan(20);
    expect(Math.abs(markerBox.y - field.y)).toBeLessThan(20);
    expect(await own(page).getByRole('button', { name: /Verbesserung vorschlagen/ }).textContent()).toContain('1 gespeichert');

    await marker.click();
    const list = (await panels(page)).getByRole('dialog', { name: 'Meine Vorschläge' });
    await list.waitFor();
    expect(await list.textContent()).toContain('Wo finde ich die BG-Nummer?');
    expect(await list.textContent()).toContain('Gespeichert, wartet auf Versand');
    await page.close();
  });
});
