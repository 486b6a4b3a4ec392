/**
 * The whole way with the real backlog service: the extension sends to it, shows the receipt code, the
 * administration answers through the triage API, and the answer reaches "Meine Vorschläge".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TriageList, type StoredSuggestion } from '../../lib/model';
import { createToken } from '../../server/access/tokens';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { startBacklog, type RunningBacklog } from '../../server/service';
import { sharedPglite } from '../support/shared-pglite';
import { launchWithExtension } from './support/browser';
import { readExtensionStore } from './support/extension-db';
import { setBacklogEndpoint, suggestOn } from './support/overlay-flow';
import { own, panels } from './support/overlay';

let site: RunningSite;
let backlog: RunningBacklog;
let token: string;

beforeAll(async () => {
  site = await startDemoSite({ port: 0 });
  backlog = await startBacklog({ pglite: await sharedPglite(), logLevel: 'silent', settings: { allowedOrigins: [site.url] } });
  token = await createToken(backlog.database.db, `sichtung-${crypto.randomUUID()}`, 'triage');
});

afterAll(async () => {
  await backlog?.close();
  await site?.close();
});

const triage = (path: string, init: RequestInit = {}) =>
  fetch(`${backlog.url}/api/v1/triage${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers } });

describe('the extension and the real backlog service', () => {
  it('sends, shows the receipt code, and shows the answer given through the triage API', async () => {
    const browser = await launchWithExtension();
    try {
      await setBacklogEndpoint(browser.context, backlog.url);
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/wba.html`);
      const problem = `Wo finde ich die BG-Nummer für dieses Feld? (${crypto.randomUUID().slice(0, 8)})`;
      await suggestOn(page, '#wba-iban', problem);

      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
      const panel = (await panels(page)).getByRole('dialog', { name: 'Vorschläge senden' });
      await panel.getByRole('button', { name: 'Jetzt senden' }).click();
      await panel.getByText('Gesendet: 1. Danke!').waitFor();
      const [record] = (await readExtensionStore(browser.context, 'suggestions')) as StoredSuggestion[];
      const code = record!.receiptCode!;

      const found = TriageList.parse(await (await triage(`/suggestions?q=${encodeURIComponent('BG-Nummer')}`)).json());
      const item = found.items.find((candidate) => candidate.receiptCode === code)!;
      expect(item.suggestion.problem).toBe(problem);
      expect((await triage(`/suggestions/${item.suggestion.id}/status`, { method: 'POST', body: JSON.stringify({ status: 'planned' }) })).status).toBe(200);
      const answer = 'Danke! Wir schreiben an das Feld, wo die BG-Nummer auf dem Bescheid steht.';
      expect((await triage(`/suggestions/${item.suggestion.id}/answer`, { method: 'PUT', body: JSON.stringify({ publicAnswer: answer }) })).status).toBe(200);

      await panel.getByRole('button', { name: 'Schließen' }).click();
      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: /Meine Vorschläge/ }).click();
      const list = (await panels(page)).getByRole('dialog', { name: 'Meine Vorschläge' });
      await list.getByText(`Ihr Code: ${code}`).waitFor();
      await list.getByText(answer).waitFor();
      expect(await list.textContent()).toContain('Geplant');
    } finally {
      await browser.close();
    }
  });
});
