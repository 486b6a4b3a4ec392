/**
 * The triage board as an extension page, offline on batch files: import several files at once (a
 * suggestion in two files counts once, a malformed file is refused with its problem named), see the
 * cluster, decide with a public answer checked by the privacy filter, export every format and the answer
 * file; axe in every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TriageAnswerFile } from '../../lib/model';
import { axeDocument } from './support/axe';
import { download, exportEveryFormat } from './support/board-exports';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import { writeBatchFiles, writeLargeBatchFiles } from './support/triage-files';
import type { Page } from 'playwright-core';

let browser: ExtensionBrowser;
let page: Page;
const files = writeBatchFiles();

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/triage.html`);
});
afterAll(() => browser?.close());


describe('the triage board on imported files', () => {
  it('starts empty, accessible, and says how to begin', async () => {
    await page.getByText('Noch keine Vorschläge. Importieren Sie Paketdateien, um zu beginnen.').waitFor();
    expect(await axeDocument(page, 'board empty')).toEqual([]);
  });

  it('imports several files at once, counts a suggestion in two files once, and refuses a malformed file by name', async () => {
    await page.locator('#board-files').setInputFiles([files.first, files.second, files.malformed]);
    await page.getByText('3 Dateien verarbeitet.').waitFor();
    const report = page.locator('.mg-report');
    await expect.poll(() => report.innerText()).toContain('paket-1.json: 2 Vorschläge neu importiert, 0 schon vorhanden.');
    expect(await report.innerText()).toContain('paket-2.json: 2 Vorschläge neu importiert, 1 schon vorhanden.');
    expect(await report.innerText()).toMatch(/kaputt\.json: Die Paketdatei ist ungültig \(1 Fehler\)\. Es wurde nichts importiert\. suggestions\[0\]\.category/);
    await page.getByText('4 von 4 Vorschlägen passen.').waitFor();
    await screenshot(page, 'triage-files', 'imported');
    expect(await axeDocument(page, 'board imported')).toEqual([]);
  });

  it('shows the three suggestions about one field as one cluster, claimants and caseworkers side by side', async () => {
    await page.getByRole('heading', { name: '2 Cluster' }).waitFor();
    const first = page.locator('.mg-vrow').first();
    expect(await first.innerText()).toMatch(/3 Vorschläge[^]*WBA › Wohnen und Heizkosten › Kaltmiete in Euro[^]*Leistungsberechtigte 2 \| Fachkräfte 1[^]*beide Seiten/);
    await first.getByRole('button').click();
    await page.getByRole('heading', { name: 'Cluster mit 3 Vorschlägen' }).waitFor();
    // Focus moves to the heading once the cluster has rendered.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cluster mit 3 Vorschlägen');
    expect(await page.locator('.mg-detail').innerText()).toContain('Leistungsberechtigte und Fachkräfte nennen dieselbe Stelle.');
    expect(await axeDocument(page, 'board cluster open')).toEqual([]);
  });

  it('decides on the whole cluster with a public answer, showing first what the privacy filter removed', async () => {
    const statuses = await page.locator('#board-decision-status option').allInnerTexts();
    // Only moves the workflow allows from "neu": no "umgesetzt" straight away.
    expect(statuses).toEqual(['Status nicht ändern (nur Antwort und Notiz)', 'in Prüfung (gilt für 3 von 3)', 'geplant (gilt für 3 von 3)', 'abgelehnt (gilt für 3 von 3)', 'Duplikate: 2 Vorschläge zur ersten Meldung']);
    await page.getByLabel('Neuer Status').selectOption({ label: 'geplant (gilt für 3 von 3)' });
    await page.getByLabel('Öffentliche Antwort').fill('Danke! Wir ergänzen „ohne Garage“ im Mai. Fragen an max.mustermann@jobcenter-musterstadt.de');
    await page.getByLabel('Interne Notiz (nur für die Verwaltung)').fill('Team Formulare, Ticket folgt');
    await page.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await page.getByRole('alert').getByText('1 persönliche Angabe wurde entfernt. So wird die Antwort gespeichert:').waitFor();
    expect(await axeDocument(page, 'board answer redacted')).toEqual([]);
    await page.getByRole('button', { name: 'So speichern' }).click();
    await page.getByRole('status').getByText('Entscheidung für 3 Vorschläge gespeichert. 1 persönliche Angabe wurde aus der Antwort entfernt.').waitFor();
    expect(await page.locator('.mg-detail').innerText()).toContain('geplant: 3');
  });

  it('finds by full-text search and filters, then exports what is shown in every format', async () => {
    await page.getByLabel('Volltextsuche').fill('langsam');
    await page.getByText('1 von 4 Vorschlägen passt.').waitFor();
    await page.getByLabel('Volltextsuche').fill('');
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'geplant' });
    await page.getByText('3 von 4 Vorschlägen passen.').waitFor();

    const csv = await exportEveryFormat(page, { count: 3, statusLabel: 'geplant' });
    expect(csv).not.toContain('max.mustermann');
    const answers = TriageAnswerFile.parse(JSON.parse(await download(page, async () => page.getByRole('button', { name: 'Antwortdatei für den Backlog herunterladen' }).click())));
    expect(answers.decisions.map((d) => d.status)).toEqual(['planned', 'planned', 'planned']);
    expect(answers.decisions.map((d) => d.suggestionId).sort()).toEqual(files.kalt.map((s) => s.id).sort());
    expect(answers.decisions[0]!.publicAnswer).toContain('[E-Mail');
  });

  it('works by keyboard alone: arrow keys move through the cluster list, Enter opens a cluster', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'alle' });
    await page.getByRole('heading', { name: '2 Cluster' }).waitFor();
    await page.locator('.mg-vrow').first().getByRole('button').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).toBe('2');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cluster mit 1 Vorschlag' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cluster mit 1 Vorschlag');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-setsize'))).toBe('2');
  });

  it('shows the overview and the charts with a table behind each, accessible', async () => {
    await page.getByRole('button', { name: 'Übersicht' }).click();
    const table = page.getByRole('table', { name: /WBA · Wohnen und Heizkosten – 3 Vorschläge/ });
    expect(await table.innerText()).toMatch(/Kaltmiete in Euro\s*beide Seiten\s*2\s*1\s*0\s*3/);
    expect(await axeDocument(page, 'board overview')).toEqual([]);
    await page.getByRole('button', { name: 'Diagramme' }).click();
    const roles = page.getByRole('table', { name: 'Vorschläge je Rolle' });
    expect(await roles.innerText()).toMatch(/Leistungsberechtigte\s*3[^]*Fachkräfte\s*1/);
    expect(await axeDocument(page, 'board charts')).toEqual([]);
  });

  it('merges clusters and splits suggestions off by hand', async () => {
    await page.getByRole('button', { name: 'Cluster', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Cluster auswählen: WBA › Wohnen und Heizkosten/ }).check();
    await page.getByRole('checkbox', { name: /^Cluster auswählen: WBA › Einkommen/ }).check();
    await page.getByRole('button', { name: '2 ausgewählte Cluster zusammenführen' }).click();
    await page.getByRole('status').getByText('Cluster zusammengeführt.').waitFor();
    await page.getByRole('heading', { name: '1 Cluster' }).waitFor();
    await page.locator('.mg-vrow').first().getByRole('button').click();
    await page.getByRole('heading', { name: 'Cluster mit 4 Vorschlägen' }).waitFor();
    await page.getByRole('checkbox', { name: /Die Seite lädt sehr langsam/ }).check();
    await page.getByRole('button', { name: 'Ausgewählten Vorschlag abtrennen' }).click();
    await page.getByRole('status').getByText('1 Vorschlag in einen eigenen Cluster abgetrennt.').waitFor();
    await page.getByRole('heading', { name: '2 Cluster' }).waitFor();
    expect(await axeDocument(page, 'board after split')).toEqual([]);
  });

  it('shows how far a long import is, answers meanwhile, and cancels it leaving nothing behind', async () => {
    // 100 files of 500 suggestions: read and checked away from the page, file by file.
    await page.locator('#board-files').setInputFiles(writeLargeBatchFiles(100));
    const progress = page.getByRole('progressbar', { name: /^Dateien lesen und prüfen: \d+ von 100$/ });
    await progress.waitFor();
    await progress.scrollIntoViewIfNeeded();
    await screenshot(page, 'triage-files', 'import-running');
    expect(await axeDocument(page, 'board import running')).toEqual([]);
    // The page is not blocked by the work: the person can still cancel it.
    await page.getByRole('button', { name: 'Import abbrechen' }).click();
    await page.getByRole('status').getByText('Import abgebrochen. Es wurde nichts importiert.').waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.getByText('4 von 4 Vorschlägen passen.').waitFor();
  });

  it('keeps the imported suggestions and decisions after the page is opened again', async () => {
    await page.reload();
    await page.getByRole('heading', { name: '2 Cluster' }).waitFor();
    // Nothing of the cancelled import was stored.
    await page.getByText('4 von 4 Vorschlägen passen.').waitFor();
    await page.locator('.mg-vrow').first().getByRole('button').click();
    expect(await page.locator('.mg-detail').innerText()).toContain('geplant: 3');
  });
});
