/**
 * A claimant who comes back. The widget's page view reads their store without the device
 * (lib/store/boot-facts.ts): while nothing waits to be sent it loads neither the device nor zod (nor, on an
 * address without a digit, the identifiers of the address filter: widget/returning-boot.ts), and still
 * speaks the language they chose and counts what they wrote on the page; a batch left waiting brings the
 * device along on the next page view, whose outbox sends it again when it is due.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { en } from '../../lib/i18n/messages/en';
import { saveSuggestionOnField, widgetDialog as dialog, widgetLauncher as launcher, widgetSession } from './support/widget';

// A backlog address where nothing answers: every send fails as a network error, which the outbox retries.
const UNREACHABLE = 'http://127.0.0.1:9';
const session = widgetSession({ endpoint: UNREACHABLE });

/** The widget's chunks this page view requests, by their names without the content hash. */
function chunksRequested(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const name = /\/widget\/mitgestalten-([a-z-]+)-[\w-]{8}\.js$/.exec(request.url())?.[1];
    if (name) names.push(name);
  });
  return names;
}

describe('a claimant who comes back', () => {
  it('meets the language they chose, with neither the device nor zod loaded while nothing waits to be sent', async () => {
    const { page, problems } = await session.open('/wba.html');
    await launcher(page).click();
    await dialog(page, de['menu.title']).getByLabel(de['menu.language']).selectOption({ label: 'English' });
    await dialog(page, en['menu.title'] as string).waitFor();
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((database) => database.name === 'mitgestalten'))).toBe(true);

    const requested = chunksRequested(page);
    await page.goto(`${session.site.url}/postfach.html`);
    await page.getByRole('button', { name: en['launcher.open'] as string }).waitFor();
    expect(requested).toContain('returning-boot');
    expect(requested).not.toContain('device');
    expect(requested).not.toContain('zod');
    // An address without a digit is described without the identifiers of the address filter.
    expect(requested).not.toContain('scrub-url');
    expect(problems).toEqual([]);
  });

  it('sees the count of what they wrote on the page, and a batch that could not be sent brings the device along to send it when due', async () => {
    const { page, problems } = await session.open('/wba.html');
    await saveSuggestionOnField(page, '#wba-bg-nummer', 'Wo steht die BG-Nummer auf dem Bescheid?');
    await launcher(page).click();
    await page.getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
    const sending = dialog(page, de['send.title']);
    await sending.getByRole('button', { name: de['send.now'] }).click();
    await sending.getByText(/Nicht gesendet/).waitFor();

    // Another page of the site: nothing written there, but the batch waits, so the device comes along and sends.
    const requested = chunksRequested(page);
    await page.goto(`${session.site.url}/postfach.html`);
    await launcher(page).waitFor();
    await expect.poll(() => requested).toContain('device');

    // Back on the page with the suggestion: the launcher counts it.
    await page.goto(`${session.site.url}/wba.html`);
    await expect.poll(() => launcher(page).textContent()).toContain('1');
    // The browser's own line for the failed request to the unreachable backlog is the only message.
    expect(problems.filter((problem) => !problem.startsWith('console Failed to load resource'))).toEqual([]);
  });
});
