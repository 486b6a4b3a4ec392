/**
 * The friction map: from the board in the extension, on imported files or on the backlog the extension
 * sends to, a demo form opens with markers at the places suggestions name, found through the anchoring,
 * sized and coloured by count and role; a click on a marker opens its cluster on the board. axe on the
 * page with the markers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Suggestion } from '../../lib/model';
import { createToken } from '../../server/access/tokens';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { startBacklog } from '../../server/service';
import { makeSuggestion } from '../fixtures/make-suggestion';
import { makeBatch } from '../support/backlog-requests';
import { sharedPglite } from '../support/shared-pglite';
import { axeDocument } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { setBacklogEndpoint } from './support/overlay-flow';
import { screenshot } from './support/screenshots';

let site: RunningSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startDemoSite({ port: 0 });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

function batchFile(suggestions: Suggestion[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mitgestalten-map-')), 'paket.json');
  writeFileSync(path, JSON.stringify({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-20T10:00:00Z', source: { kind: 'extension', version: '0.1.0', site: site.url }, suggestions }));
  return path;
}

/** Four suggestions on the WBA form: three on the BG number (claimants and a caseworker), one on the first name. */
function suggestionsOnForm(title: string): Suggestion[] {
  const page = { url: `${site.url}/wba.html`, title, service: 'WBA', step: 'Angaben zur Person' };
  const field = (label: string, id: string) => ({ kind: 'field' as const, label, selectors: [{ type: 'FieldSelector' as const, label, legends: ['Angaben zu Ihrer Person'], controlType: 'text' as const, id }] });
  const bg = field('Nummer der Bedarfsgemeinschaft (BG-Nummer)', 'wba-bg-nummer');
  return [
    makeSuggestion({ page, target: bg, problem: 'Wo finde ich die BG-Nummer?' }),
    makeSuggestion({ page, target: bg, problem: 'BG-Nummer steht nicht auf meinem Bescheid.' }),
    makeSuggestion({ page, target: bg, problem: 'Viele verwechseln die BG-Nummer mit der Kundennummer.', authorRole: 'caseworker' }),
    makeSuggestion({ page, target: field('Vorname', 'wba-vorname'), problem: 'Zweiter Vorname: wohin?' }),
  ];
}

/** From the board's overview, open the form with its markers; checks them, and that a click opens the cluster. */
async function showMapOf(board: Page, title: string, shot: string) {
  await board.getByRole('button', { name: 'Übersicht' }).click();
  const [form] = await Promise.all([browser.context.waitForEvent('page'), board.getByRole('button', { name: `Auf der Seite zeigen: ${title}` }).click()]);
  await board.getByRole('status').getByText('2 Stellen auf der Seite markiert.').waitFor();

  const busy = form.getByRole('button', { name: '3 Vorschläge (Leistungsberechtigte 2 | Fachkräfte 1): Cluster öffnen' });
  const quiet = form.getByRole('button', { name: '1 Vorschlag (Leistungsberechtigte 1 | Fachkräfte 0): Cluster öffnen' });
  expect(await busy.innerText()).toBe('3');
  expect(await quiet.innerText()).toBe('1');
  // Sized by count, coloured by who: both sides on the BG number, claimants only on the first name.
  const [busyBox, quietBox] = [await busy.boundingBox(), await quiet.boundingBox()];
  expect(busyBox!.width).toBeGreaterThan(quietBox!.width);
  expect(await busy.getAttribute('class')).toBe('both');
  expect(await quiet.getAttribute('class')).toBe('claimants');
  // Each marker sits beside its field.
  const fieldBox = await form.locator('#wba-bg-nummer').boundingBox();
  expect(Math.abs(busyBox!.y + busyBox!.height / 2 - (fieldBox!.y + fieldBox!.height / 2))).toBeLessThan(fieldBox!.height);
  await busy.scrollIntoViewIfNeeded();
  await screenshot(form, 'triage-friction-map', shot);
  expect(await axeDocument(form, `friction map on the form (${shot})`)).toEqual([]);

  await busy.click();
  await board.getByRole('heading', { name: 'Cluster mit 3 Vorschlägen' }).waitFor();
  await form.close();
}

describe('the friction map', () => {
  it('marks the places on the live form by count and role, and a click opens the cluster on the board', async () => {
    const file = batchFile(suggestionsOnForm('Weiterbewilligungsantrag'));
    const board = await browser.context.newPage();
    await board.goto(`chrome-extension://${browser.extensionId}/triage.html`);
    await board.locator('#board-files').setInputFiles([file]);
    await board.getByText('4 von 4 Vorschlägen passen.').waitFor();
    await showMapOf(board, 'Weiterbewilligungsantrag', 'markers');
    await board.close();
  });

  it('draws the suggestions of the backlog the extension sends to, from the board on that backlog', async () => {
    const backlog = await startBacklog({ pglite: await sharedPglite(), logLevel: 'silent', settings: { allowedOrigins: [site.url] } });
    try {
      const token = await createToken(backlog.database.db, `map-${crypto.randomUUID()}`, 'triage');
      await setBacklogEndpoint(browser.context, backlog.url);
      // A title of its own: the backlog may hold other tests' suggestions on the same form.
      const title = `Weiterbewilligungsantrag ${crypto.randomUUID().slice(0, 8)}`;
      const batch = makeBatch(suggestionsOnForm(title));
      const sent = await fetch(`${backlog.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.batchId }, body: JSON.stringify(batch) });
      expect(sent.status).toBe(201);

      const board = await browser.context.newPage();
      await board.goto(`chrome-extension://${browser.extensionId}/triage.html`);
      await board.getByRole('link', { name: 'Stattdessen den Co-Design-Backlog sichten' }).click();
      await board.getByRole('heading', { name: 'Anmelden' }).waitFor();
      expect(await axeDocument(board, 'board sign-in in the extension')).toEqual([]);
      await board.getByLabel('Token').fill(token);
      await board.getByRole('button', { name: 'Anmelden' }).click();
      await board.getByText(`Quelle: Co-Design-Backlog ${backlog.url}`).waitFor();
      await board.getByLabel('Volltextsuche').fill(title);
      await board.getByText(/^4 von \d+ Vorschlägen passen\.$/).waitFor();
      expect(await axeDocument(board, 'board on the backlog in the extension')).toEqual([]);
      await showMapOf(board, title, 'markers-backlog');
      // And back to the imported files.
      await board.getByRole('link', { name: 'Stattdessen importierte Paketdateien sichten' }).click();
      await board.getByText('Quelle: importierte Paketdateien auf diesem Gerät').waitFor();
      await board.close();
    } finally {
      await backlog.close();
    }
  });
});
