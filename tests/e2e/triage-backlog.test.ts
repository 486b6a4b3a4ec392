/**
 * The triage board served by the backlog service (/board): sign in with a token, see the clusters of what
 * extensions sent, decide on a cluster with a public answer, export, and the submitter's extension shows
 * the answer in "Meine Vorschläge". axe in every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredSuggestion } from '../../lib/model';
import { createToken } from '../../server/access/tokens';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { startBacklog, type RunningBacklog } from '../../server/service';
import { makeSuggestion } from '../fixtures/make-suggestion';
import { makeBatch } from '../support/backlog-requests';
import { sharedPglite } from '../support/shared-pglite';
import { axeDocument } from './support/axe';
import { exportEveryFormat } from './support/board-exports';
import { launchWithExtension } from './support/browser';
import { readExtensionStore } from './support/extension-db';
import { own, panels } from './support/overlay';
import { setBacklogEndpoint, suggestOn } from './support/overlay-flow';
import { screenshot } from './support/screenshots';

let site: RunningSite;
let backlog: RunningBacklog;
let token: string;

beforeAll(async () => {
  site = await startDemoSite({ port: 0 });
  backlog = await startBacklog({ pglite: await sharedPglite(), logLevel: 'silent', settings: { allowedOrigins: [site.url] } });
  token = await createToken(backlog.database.db, `board-${crypto.randomUUID()}`, 'triage');
});
afterAll(async () => {
  await backlog?.close();
  await site?.close();
});

describe('the triage board on the backlog', () => {
  it('serves the board under a strict Content-Security-Policy, and only built files', async () => {
    const page = await fetch(`${backlog.url}/board`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('src="/board/chunks/triage-');
    expect((await fetch(`${backlog.url}/board/chunks/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('signs in, decides on a cluster with a public answer, and the submitter sees the answer', async () => {
    const browser = await launchWithExtension();
    try {
      // A claimant's suggestion sent by the extension, and a caseworker's batch about another field.
      await setBacklogEndpoint(browser.context, backlog.url);
      const form = await browser.context.newPage();
      await form.goto(`${site.url}/wba.html`);
      const marker = crypto.randomUUID().slice(0, 8);
      const problem = `Wo steht die BG-Nummer, die hier verlangt wird? ${marker}`;
      await suggestOn(form, '#wba-iban', problem);
      await own(form).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(form)).getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
      const panel = (await panels(form)).getByRole('dialog', { name: 'Vorschläge senden' });
      await panel.getByRole('button', { name: 'Jetzt senden' }).click();
      await panel.getByText('Gesendet: 1. Danke!').waitFor();
      const [sent] = (await readExtensionStore(browser.context, 'suggestions')) as StoredSuggestion[];
      const batch = makeBatch([makeSuggestion({ authorRole: 'caseworker', problem: `Fachkräfte: Feld unklar ${marker}` }), makeSuggestion({ problem: `Garage ${marker}` })]);
      expect((await fetch(`${backlog.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.batchId }, body: JSON.stringify(batch) })).status).toBe(201);

      const board = await browser.context.newPage();
      await board.goto(`${backlog.url}/board`);
      await board.getByRole('heading', { name: 'Anmelden' }).waitFor();
      expect(await axeDocument(board, 'board sign-in')).toEqual([]);
      await board.getByLabel('Token').fill('falsch');
      await board.getByRole('button', { name: 'Anmelden' }).click();
      await board.getByRole('alert').getByText('Dieses Token ist unbekannt oder wurde widerrufen.').waitFor();
      expect(await axeDocument(board, 'board sign-in refused')).toEqual([]);
      await board.getByLabel('Token').fill(token);
      await board.getByRole('button', { name: 'Anmelden' }).click();
      await board.getByText(`Quelle: Co-Design-Backlog ${backlog.url}`).waitFor();

      await board.getByLabel('Volltextsuche').fill(marker);
      await board.getByText(/^3 von \d+ Vorschlägen passen\.$/).waitFor();
      await board.getByLabel('Volltextsuche').fill(`BG-Nummer ${marker}`);
      await board.getByText(/^1 von \d+ Vorschlägen passt\.$/).waitFor();
      await board.locator('.mg-vrow').first().getByRole('button').click();
      await board.getByRole('heading', { name: /^Cluster mit (1 Vorschlag|\d+ Vorschlägen)$/ }).waitFor();
      expect(await axeDocument(board, 'board backlog cluster')).toEqual([]);
      await board.getByLabel('Neuer Status').selectOption('planned');
      const answer = `Danke! Am Feld steht bald, wo die BG-Nummer auf dem Bescheid steht. ${marker}`;
      await board.getByLabel('Öffentliche Antwort').fill(answer);
      await board.getByRole('button', { name: 'Entscheidung speichern' }).click();
      await board.getByRole('status').getByText(/^Entscheidung für (1 Vorschlag|\d+ Vorschläge) gespeichert\./).waitFor();
      await screenshot(board, 'triage-backlog', 'decided');

      // Every tracker's format from the backlog's data too: the one suggestion the search shows, now planned.
      const csv = await exportEveryFormat(board, { count: 1, statusLabel: 'geplant' });
      expect(csv).toContain(marker);

      await panel.getByRole('button', { name: 'Schließen' }).click();
      await own(form).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(form)).getByRole('button', { name: /Meine Vorschläge/ }).click();
      const list = (await panels(form)).getByRole('dialog', { name: 'Meine Vorschläge' });
      await list.getByText(`Ihr Code: ${sent!.receiptCode}`).waitFor();
      await list.getByText(answer).waitFor();
      expect(await list.textContent()).toContain('Geplant');
    } finally {
      await browser.close();
    }
  });
});
