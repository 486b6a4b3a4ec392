/**
 * The friction map: from the board in the extension, a demo form opens with markers at the places
 * suggestions name, found through the anchoring, sized and coloured by count and role; a click on a
 * marker opens its cluster on the board. axe on the page with the markers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../lib/model';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { makeSuggestion } from '../fixtures/make-suggestion';
import { axeDocument } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
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

describe('the friction map', () => {
  it('marks the places on the live form by count and role, and a click opens the cluster on the board', async () => {
    const page = { url: `${site.url}/wba.html`, title: 'Weiterbewilligungsantrag', service: 'WBA', step: 'Angaben zur Person' };
    const field = (label: string, id: string) => ({ kind: 'field' as const, label, selectors: [{ type: 'FieldSelector' as const, label, legends: ['Angaben zu Ihrer Person'], controlType: 'text' as const, id }] });
    const bg = field('Nummer der Bedarfsgemeinschaft (BG-Nummer)', 'wba-bg-nummer');
    const file = batchFile([
      makeSuggestion({ page, target: bg, problem: 'Wo finde ich die BG-Nummer?' }),
      makeSuggestion({ page, target: bg, problem: 'BG-Nummer steht nicht auf meinem Bescheid.' }),
      makeSuggestion({ page, target: bg, problem: 'Viele verwechseln die BG-Nummer mit der Kundennummer.', authorRole: 'caseworker' }),
      makeSuggestion({ page, target: field('Vorname', 'wba-vorname'), problem: 'Zweiter Vorname: wohin?' }),
    ]);

    const board = await browser.context.newPage();
    await board.goto(`chrome-extension://${browser.extensionId}/triage.html`);
    await board.locator('#board-files').setInputFiles([file]);
    await board.getByText('4 von 4 Vorschlägen passen.').waitFor();
    await board.getByRole('button', { name: 'Übersicht' }).click();
    const [form] = await Promise.all([
      browser.context.waitForEvent('page'),
      board.getByRole('button', { name: 'Auf der Seite zeigen: Weiterbewilligungsantrag' }).click(),
    ]);
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
    await screenshot(form, 'triage-friction-map', 'markers');
    expect(await axeDocument(form, 'friction map on the form')).toEqual([]);

    await busy.click();
    await board.getByRole('heading', { name: 'Cluster mit 3 Vorschlägen' }).waitFor();
  });
});
