/**
 * The widget as a Jobcenter runs it: the portal's page, the widget's files and the co-design backlog on
 * three origins. A claimant's suggestion reaches the real backlog service, the site hears `saved` and
 * `sent`, the administration answers through the triage API, and the claimant who returns reads the
 * answer with their receipt code.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../lib/i18n/messages/de';
import { TriageList } from '../../lib/model';
import { createToken } from '../../server/access/tokens';
import { startDemoSite, startWidgetFiles, type RunningSite } from '../../server/demo-site';
import { startBacklog, type RunningBacklog } from '../../server/service';
import { sharedPglite } from '../support/shared-pglite';
import { launchBrowser } from './support/browser';
import { widgetDialog as dialog, widgetLauncher as launcher } from './support/widget';
import { readWidgetStore, saveSuggestionOnField, watchProblems, widgetStore } from './support/widget';

let site: RunningSite;
let files: RunningSite;
let backlog: RunningBacklog;
let browser: Browser;
let token: string;
/** The portal under a host name of its own: localhost, while files and backlog answer on 127.0.0.1. */
let portal: string;

beforeAll(async () => {
  files = await startWidgetFiles({ port: 0 });
  const embedding: { src: string; endpoint?: string } = { src: `${files.url}/mitgestalten.js` };
  site = await startDemoSite({ port: 0, widget: embedding });
  portal = site.url.replace('127.0.0.1', 'localhost');
  backlog = await startBacklog({ pglite: await sharedPglite(), logLevel: 'silent', settings: { allowedOrigins: [portal] } });
  embedding.endpoint = backlog.url;
  token = await createToken(backlog.database.db, `sichtung-${crypto.randomUUID()}`, 'triage');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await backlog?.close();
  await site?.close();
  await files?.close();
});

const triage = (path: string, init: RequestInit = {}) =>
  fetch(`${backlog.url}/api/v1/triage${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });

/** What the site's own script heard through `Mitgestalten.on`. */
const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);

describe('page, widget files and backlog on three origins', () => {
  it('a suggestion reaches the real backlog, the site hears saved and sent, and the answer comes back to the claimant', async () => {
    const origins = new Set([new URL(portal).origin, new URL(files.url).origin, new URL(backlog.url).origin]);
    expect(origins.size).toBe(3);
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems = await watchProblems(page);
    await page.goto(`${portal}/wba.html`);
    await launcher(page).waitFor();
    await page.evaluate(() => {
      const events: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
      const api = (window as unknown as { Mitgestalten: { on(name: string, listener: (detail: unknown) => void): void } }).Mitgestalten;
      api.on('saved', (detail) => events.push(['saved', detail]));
      api.on('sent', (detail) => events.push(['sent', detail]));
    });

    const problem = `Wo steht die BG-Nummer auf dem Bescheid? (${crypto.randomUUID().slice(0, 8)})`;
    await saveSuggestionOnField(page, '#wba-bg-nummer', problem);
    const [saved] = await widgetStore(page);
    expect(await heard(page)).toEqual([['saved', { suggestionId: saved!.suggestion.id }]]);

    await launcher(page).click();
    await page.getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
    const panel = dialog(page, de['send.title']);
    await panel.getByRole('button', { name: de['send.now'] }).click();
    await panel.getByText('Gesendet: 1. Danke!').waitFor();
    expect(await heard(page)).toEqual([['saved', { suggestionId: saved!.suggestion.id }], ['sent', { sent: 1, notSent: 0 }]]);
    const [record] = await widgetStore(page);
    const code = record!.receiptCode!;
    expect(code).toBeTruthy();
    expect((await readWidgetStore(page, 'outbox')).map((entry) => [entry.state, entry.batch.source.kind, entry.batch.source.site])).toEqual([['sent', 'widget', portal]]);

    const found = TriageList.parse(await (await triage(`/suggestions?q=${encodeURIComponent('BG-Nummer')}`)).json());
    const item = found.items.find((candidate) => candidate.receiptCode === code)!;
    expect(item.suggestion.problem).toBe(problem);
    expect(item.suggestion.page.url).toBe(`${portal}/wba.html`);
    expect((await triage(`/suggestions/${item.suggestion.id}/status`, { method: 'POST', body: JSON.stringify({ status: 'planned' }) })).status).toBe(200);
    const answer = 'Danke! Wir zeigen auf dem Formular, wo die BG-Nummer auf dem Bescheid steht.';
    expect((await triage(`/suggestions/${item.suggestion.id}/answer`, { method: 'PUT', body: JSON.stringify({ publicAnswer: answer }) })).status).toBe(200);

    // The claimant comes back another day: the widget finds their suggestion on this origin and asks for the answer.
    await page.reload();
    await launcher(page).click();
    await page.getByRole('button', { name: /Meine Vorschläge/ }).click();
    const list = dialog(page, de['list.title']);
    await list.getByText(`Ihr Code: ${code}`).waitFor();
    await list.getByText(answer).waitFor();
    expect(await list.textContent()).toContain('Geplant');
    expect(problems).toEqual([]);
    await context.close();
  });
});
