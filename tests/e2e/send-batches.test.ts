import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batch, parseWith, type StoredSuggestion } from '../../lib/model';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { startFaultBacklogServer, type FaultBacklogServer } from '../support/fault-backlog-server';
import { launchWithExtension } from './support/browser';
import { readExtensionStore } from './support/extension-db';
import { setBacklogEndpoint, suggestOn } from './support/overlay-flow';
import { own, panels } from './support/overlay';

let site: RunningSite;
let backlog: FaultBacklogServer;

beforeAll(async () => {
  site = await startDemoSite({ port: 0 });
  backlog = await startFaultBacklogServer();
});

afterAll(async () => {
  await backlog?.close();
  await site?.close();
});

const stored = async (context: Parameters<typeof readExtensionStore>[0]) => (await readExtensionStore(context, 'suggestions')) as StoredSuggestion[];
const timesStored = (id: string) => backlog.stored.filter((row) => row.suggestion.id === id).length;

describe('sending batches from the extension', () => {
  it('sends what waits, shows the receipt code, and later the administration’s answer', async () => {
    const browser = await launchWithExtension();
    try {
      await setBacklogEndpoint(browser.context, backlog.url);
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/wba.html`);
      await suggestOn(page, '#wba-iban', 'Wo steht meine IBAN? Das Feld erklärt es nicht.');
      await suggestOn(page, '#wba-aenderung-seit', 'Welches Datum ist gemeint?');

      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: 'Vorschläge senden (2 warten)' }).click();
      const panel = (await panels(page)).getByRole('dialog', { name: 'Vorschläge senden' });
      await panel.getByText('Es warten 2 Vorschläge auf den Versand.').waitFor();
      await panel.getByRole('button', { name: 'Jetzt senden' }).click();
      await panel.getByText('Gesendet: 2. Danke!').waitFor();
      await panel.getByText('Im Moment wartet nichts auf den Versand.').waitFor();

      const records = await stored(browser.context);
      expect(records.map((record) => record.status)).toEqual(['sent', 'sent']);
      for (const record of records) expect(timesStored(record.suggestion.id)).toBe(1);
      const post = backlog.requests.find((request) => request.method === 'POST');
      expect(post?.idempotencyKey).toBe(records[0]!.batchId);

      const code = records.find((record) => record.suggestion.problem.startsWith('Wo steht'))!.receiptCode!;
      backlog.answer(code, 'planned', 'Danke! Wir ergänzen einen Hinweis, wo die IBAN steht.');
      await panel.getByRole('button', { name: 'Schließen' }).click();
      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: /Meine Vorschläge/ }).click();
      const list = (await panels(page)).getByRole('dialog', { name: 'Meine Vorschläge' });
      await list.getByText(`Ihr Code: ${code}`).waitFor();
      await list.getByText('Danke! Wir ergänzen einen Hinweis, wo die IBAN steht.').waitFor();
      expect(await list.textContent()).toContain('Geplant');
      await expect.poll(async () => (await stored(browser.context)).find((record) => record.receiptCode === code)?.status).toBe('answered');
    } finally {
      await browser.close();
    }
  });

  it('says in the person’s words why the backlog refused a batch, with the backlog’s code, and keeps every suggestion', async () => {
    const browser = await launchWithExtension();
    try {
      await setBacklogEndpoint(browser.context, backlog.url);
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/veraenderungsmitteilung.html`);
      await suggestOn(page, '#vm-datum', 'Muss ich das Datum des Umzugs oder des Vertrags nehmen?');
      backlog.failNext({ kind: 'status', status: 400, code: 'intake-closed', error: 'Dieser Backlog nimmt zurzeit keine Vorschläge an' });

      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
      const panel = (await panels(page)).getByRole('dialog', { name: 'Vorschläge senden' });
      await panel.getByRole('button', { name: 'Jetzt senden' }).click();
      await panel.getByText('Nicht gesendet: 1. Die Vorschläge bleiben gespeichert.').waitFor();
      expect(await panel.textContent()).toContain('Der Empfänger hat das Paket abgelehnt (HTTP 400).');
      expect(await panel.textContent()).toContain('Code des Empfängers: intake-closed');
      const [record] = await stored(browser.context);
      expect(record?.status).toBe('queued');
      expect(timesStored(record!.suggestion.id)).toBe(0);
    } finally {
      await browser.close();
    }
  });

  it('sends a batch exactly once when the browser was closed in the middle of sending', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'mitgestalten-closed-'));
    try {
      let browser = await launchWithExtension({ userDataDir: profile });
      await setBacklogEndpoint(browser.context, backlog.url);
      let page = await browser.context.newPage();
      await page.goto(`${site.url}/kooperationsplan.html`);
      await suggestOn(page, '#kp-anmerkung', 'Das Feld hat keine sichtbare Beschriftung.');
      const [{ suggestion }] = (await stored(browser.context)) as [StoredSuggestion];

      // The backlog stores the batch and then never answers: the worst moment to close the browser.
      backlog.failNext({ kind: 'hang', afterStore: true });
      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
      await (await panels(page)).getByRole('dialog', { name: 'Vorschläge senden' }).getByRole('button', { name: 'Jetzt senden' }).click();
      await expect.poll(() => backlog.requests.filter((request) => request.outcome === 'hung').length).toBe(1);
      await browser.close();
      expect(timesStored(suggestion.id)).toBe(1);

      browser = await launchWithExtension({ userDataDir: profile });
      page = await browser.context.newPage();
      await page.goto(`${site.url}/kooperationsplan.html`);
      await expect.poll(async () => (await stored(browser.context))[0]?.status, { timeout: 20_000 }).toBe('sent');
      expect(timesStored(suggestion.id)).toBe(1);
      const { batchId } = (await stored(browser.context))[0]!;
      const posts = backlog.requests.filter((request) => request.method === 'POST' && request.idempotencyKey === batchId);
      expect(posts.length).toBeGreaterThanOrEqual(2);
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('exports what waits as JSON and CSV files, and imports a batch file all or nothing', async () => {
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}/postfach.html`);
      await suggestOn(page, 'h1', '=HYPERLINK("http://example.invalid") Die Überschrift sagt nicht, was ich hier tun kann.');
      await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
      await (await panels(page)).getByRole('button', { name: 'Vorschläge senden (1 wartet)' }).click();
      const panel = (await panels(page)).getByRole('dialog', { name: 'Vorschläge senden' });
      // No backlog configured here: the panel says so and offers files.
      await panel.getByText('Für diesen Browser ist kein Empfänger eingerichtet.', { exact: false }).waitFor();
      expect(await panel.getByRole('button', { name: 'Jetzt senden' }).count()).toBe(0);

      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Als Datei speichern (JSON)' }).click()]);
      const batch = parseWith(Batch, JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')), 'Exportierte Datei');
      expect(batch.suggestions).toHaveLength(1);
      expect(jsonDownload.suggestedFilename()).toMatch(/^mitgestalten-paket-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.json$/);

      const [csvDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Als Tabelle speichern (CSV)' }).click()]);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain(';');
      expect(csv).toContain(`"'=HYPERLINK`);

      await panel.getByLabel('Datei übernehmen').setInputFiles(join(process.cwd(), 'schema/examples/batch.json'));
      await panel.getByText('2 Vorschläge wurden übernommen', { exact: false }).waitFor();
      const ids = (await stored(browser.context)).map((record) => record.suggestion.id);
      expect(ids).toHaveLength(3);
      await panel.getByLabel('Datei übernehmen').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"batchId": ') });
      await panel.getByRole('alert').waitFor();
      expect(await panel.getByRole('alert').textContent()).toBe('Die Datei ist keine lesbare Paketdatei. Es wurde nichts importiert. Bitte nehmen Sie die unveränderte JSON-Datei, die Mitgestalten exportiert hat.');
      expect(await stored(browser.context)).toHaveLength(3);
    } finally {
      await browser.close();
    }
  });
});
