/**
 * The review says plainly that automatic removal can miss things, marks words that look like a name but
 * were kept, and removes the one the person chooses with one action: what is stored then holds a
 * placeholder instead, and the redaction record counts it. In Chromium with the built extension.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n/catalogues';
import { panels, announced, dialog, fillForm, launcher } from './support/overlay';
import { extensionSession } from './support/session';

const t = translator('de');
const session = extensionSession({ locale: 'de-DE', viewport: { width: 1280, height: 800 } });

describe('possible names in the review', () => {
  it('are marked, removed on request, and only what the person chose is removed', async () => {
    const page = await session.open('/wba.html');
    await launcher(page).click();
    await (await panels(page)).getByRole('button', { name: t('menu.wholePage') }).click();
    const form = await dialog(page, t('form.title'));
    await fillForm(form, { problem: 'Frag mal Kemal, der weiß das. Das Feld zur Miete ist unklar.' });
    await form.getByRole('button', { name: t('form.next') }).click();

    const review = await dialog(page, t('review.title'));
    await review.waitFor();
    expect(await review.textContent()).toContain(t('review.mayMiss'));
    expect(await review.textContent()).toContain(t('review.possibleNames'));
    await review.getByRole('button', { name: t('review.removeName', { name: 'Kemal' }) }).click();
    // The review shows the placeholder now, and counts it as removed.
    await review.getByText('[Name entfernt]').waitFor();
    expect(await review.getByRole('button', { name: t('review.removeName', { name: 'Kemal' }) }).count()).toBe(0);
    expect(await review.textContent()).toContain(t('review.removed', { count: 1 }));

    await review.getByRole('button', { name: t('review.save') }).click();
    await announced(page, t('saved.announce').split('.')[0]!);
    const [saved] = await session.stored();
    expect(saved!.suggestion.problem).toBe('Frag mal [Name entfernt], der weiß das. Das Feld zur Miete ist unklar.');
    expect(saved!.suggestion.redactions).toMatchObject({ personName: 1 });
    expect(JSON.stringify(saved)).not.toContain('Kemal');
    await page.close();
  });
});
