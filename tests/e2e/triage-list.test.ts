/**
 * The board's cluster list with many clusters: only the rows in view are drawn, every row tells screen
 * readers its place in the whole list, and the keyboard reaches rows beyond those drawn. axe on the list.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../fixtures/make-suggestion';
import { axeDocument } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(() => browser?.close());

/** 300 suggestions, each on a field of its own and in words of its own: 300 clusters. */
function manyClusters(): string {
  const suggestions = Array.from({ length: 300 }, (_, i) => {
    const label = `Feld ${i + 1}`;
    return makeSuggestion({
      target: { kind: 'field', label, selectors: [{ type: 'FieldSelector', label, legends: [], controlType: 'text' }] },
      problem: `Unklar ${crypto.randomUUID()}`,
    });
  });
  const path = join(mkdtempSync(join(tmpdir(), 'mitgestalten-list-')), 'viele.json');
  writeFileSync(path, JSON.stringify({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-20T10:00:00Z', source: { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' }, suggestions }));
  return path;
}

describe('the cluster list with many clusters', () => {
  it('draws only the rows in view, and arrow, page and end keys reach every row', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/triage.html`);
    await page.locator('#board-files').setInputFiles([manyClusters()]);
    await page.getByRole('heading', { name: '300 Cluster' }).waitFor();
    expect(await page.locator('.mg-vrow').count()).toBeLessThan(30);

    const position = () => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
    await page.locator('.mg-vrow').first().getByRole('button').focus();
    await page.keyboard.press('End');
    await expect.poll(position).toBe('300');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-setsize'))).toBe('300');
    await page.keyboard.press('ArrowUp');
    await expect.poll(position).toBe('299');
    await page.keyboard.press('Home');
    await expect.poll(position).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(position).toBe('11');
    expect(await page.locator('.mg-vrow').count()).toBeLessThan(30);
    expect(await axeDocument(page, 'board with many clusters')).toEqual([]);
  });
});
