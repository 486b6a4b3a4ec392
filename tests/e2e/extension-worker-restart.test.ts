/**
 * The browser stops the extension's service worker whenever it likes, also in the middle of a send. Stopped
 * after the backlog stored a batch and before its answer arrived, then started again, the worker sends the
 * same batch again (same batchId): the backlog receives each suggestion exactly once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredSuggestion } from '../../lib/model';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { startFaultBacklogServer, type FaultBacklogServer } from '../support/fault-backlog-server';
import { launchWithExtension } from './support/browser';
import { setBacklogEndpoint, suggestOn } from './support/overlay-flow';
import { stopExtensionWorker } from './support/service-worker';

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

/** The extension's stored suggestions, read from one of its pages (same origin as its IndexedDB). */
const storedFrom = (extensionPage: Page) =>
  extensionPage.evaluate(
    () =>
      new Promise<StoredSuggestion[]>((resolve, reject) => {
        const request = indexedDB.open('mitgestalten');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('suggestions').objectStore('suggestions').getAll();
          all.onsuccess = () => (request.result.close(), resolve(all.result as StoredSuggestion[]));
        };
      }),
  );

const batchPosts = () => backlog.requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/batches');

describe('the service worker stopped mid-send', () => {
  it('sends the interrupted batch again once it runs again, and the backlog has each suggestion once', async () => {
    const browser = await launchWithExtension();
    try {
      await setBacklogEndpoint(browser.context, backlog.url);
      const page = await browser.context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${site.url}/wba.html`);
      await suggestOn(page, '#wba-iban', 'Erster Vorschlag vor dem Abbruch.');
      await suggestOn(page, '#wba-iban', 'Zweiter Vorschlag vor dem Abbruch.');

      // The backlog stores the batch and then never answers: the worker is still waiting when it is stopped.
      backlog.failNext({ kind: 'hang', afterStore: true });
      const popup = await browser.context.newPage();
      popup.setDefaultTimeout(15_000);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByRole('button', { name: 'Jetzt senden' }).click();
      await expect.poll(() => batchPosts().map((request) => request.outcome), { timeout: 15_000 }).toEqual(['hung']);
      expect(backlog.stored).toHaveLength(2);

      await stopExtensionWorker(popup, browser.extensionId);

      // Anything that needs the extension starts its worker again (the popup does at once, when it hears its
      // send ended); here also the popup, opened anew.
      await popup.reload();
      await expect.poll(() => batchPosts().map((request) => request.outcome), { timeout: 20_000 }).toEqual(['hung', 200]);
      const [first, second] = batchPosts();
      expect(second!.idempotencyKey).toBe(first!.idempotencyKey);

      expect(backlog.stored.map((row) => row.suggestion.problem).sort()).toEqual(['Erster Vorschlag vor dem Abbruch.', 'Zweiter Vorschlag vor dem Abbruch.']);
      expect(backlog.arrivedInOtherBatch).toEqual([]);
      await expect.poll(async () => (await storedFrom(popup)).map((record) => record.status)).toEqual(['sent', 'sent']);
    } finally {
      await browser.close();
    }
  });
});
