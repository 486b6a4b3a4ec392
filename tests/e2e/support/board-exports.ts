import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The file the board offers after `click`, as text. */
export async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/**
 * Export what the board shows in every format it offers, each checked against its format's shape, the same on
 * both sources (files, backlog). `shown`: how many suggestions match the filter, `statusLabel`: their status
 * as the German CSV writes it. Returns the CSV for Excel, for checks of its own.
 */
export async function exportEveryFormat(page: Page, shown: { count: number; statusLabel: string }): Promise<string> {
  const downloadShown = () => download(page, async () => page.getByRole('button', { name: 'Datei herunterladen' }).click());
  await page.getByLabel('Format').selectOption({ label: 'CSV für Excel (deutsch)' });
  const csv = await downloadShown();
  expect(csv.startsWith('\uFEFF"Datum";')).toBe(true);
  expect(csv).toContain(`"${shown.statusLabel}"`);
  for (const [label, check] of [
    ['Jira (CSV-Import)', (text: string) => expect(text.startsWith('"Summary","Issue Type","Description"')).toBe(true)],
    ['GitLab (CSV-Import, vertraulich)', (text: string) => expect(text).toContain('/confidential')],
    ['GitLab (REST-API, vertraulich)', (text: string) => expect(JSON.parse(text)[0]).toMatchObject({ confidential: true })],
    ['OpenProject (API v3)', (text: string) => expect(JSON.parse(text)[0]._links.type.href).toBe('/api/v3/types/1')],
    ['W3C Web Annotation (JSON-LD)', (text: string) => expect(JSON.parse(text)).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', total: shown.count })],
  ] as const) {
    await page.getByLabel('Format').selectOption({ label });
    check(await downloadShown());
  }
  return csv;
}
