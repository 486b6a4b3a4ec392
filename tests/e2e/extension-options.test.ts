/**
 * The options page: the backlog address is checked before it is saved, role and language take effect on the
 * pages, IT's locked values cannot be changed (managed storage simulated: the browser's own comes only from an
 * installed policy), retention deletes what is due and nothing else, and "delete all my data" empties the store.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Policy, StoredSuggestion } from '../../lib/model';
import { startBacklog, type RunningBacklog } from '../../server/service';
import { makeSuggestion } from '../fixtures/make-suggestion';
import { sharedPglite } from '../support/shared-pglite';
import { axeDocument } from './support/axe';
import { clearExtensionStore, putExtensionRecord, readExtensionStore } from './support/extension-db';
import { launcher, own, panels } from './support/overlay';
import { extensionSession } from './support/session';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> }; managed: { get(): Promise<unknown> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const session = extensionSession({});
let backlog: RunningBacklog;

beforeAll(async () => {
  backlog = await startBacklog({ pglite: await sharedPglite(), logLevel: 'silent', settings: { allowedOrigins: [] } });
});
afterAll(async () => {
  await backlog?.close();
});
beforeEach(async () => {
  await clearExtensionStore(session.browser.context, 'receipts');
  await clearExtensionStore(session.browser.context, 'outbox');
  const worker = session.browser.context.serviceWorkers()[0]!;
  await worker.evaluate(() => chrome.storage.local.clear());
});

/** The options page; with `policy`, as if IT had installed it (the page and the background both read it). */
async function openOptions(policy?: Policy): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.setDefaultTimeout(15_000);
  if (policy) {
    const simulate = (preset: unknown) => {
      chrome.storage.managed.get = () => Promise.resolve(preset);
    };
    await page.addInitScript(simulate, policy);
    await session.browser.context.serviceWorkers()[0]!.evaluate(simulate, policy);
  }
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Mitgestalten – Einstellungen' }).waitFor();
  return page;
}

/** The button that saves role, language, sending and keeping (the backlog's address has its own). */
const saveSettingsButton = (page: Page) => page.locator('form', { has: page.getByRole('group', { name: 'Senden' }) }).getByRole('button', { name: 'Speichern', exact: true });

const storedEndpoint = async () =>
  (await session.browser.context.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.get('backlogEndpoint'))).backlogEndpoint;

describe('options page', () => {
  it('saves a backlog address only after its /healthz answered; an empty address is not "saved"', async () => {
    const page = await openOptions();
    const address = page.getByLabel('Adresse des Co-Design-Backlogs');
    const form = page.getByRole('group', { name: 'Wohin Ihre Vorschläge gehen' });

    // Nothing listens here (port 9 is "discard", closed on this machine).
    await address.fill('http://127.0.0.1:9');
    await form.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Unter dieser Adresse ist kein Backlog erreichbar. Nichts wurde gespeichert.' }).waitFor();
    expect(await storedEndpoint()).toBeUndefined();

    await address.fill(`${backlog.url}/`);
    await form.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Gespeichert. Vorschläge gehen ab jetzt an diese Adresse.').waitFor();
    expect(await storedEndpoint()).toBe(backlog.url);

    await address.fill('');
    await form.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Es ist keine Adresse eingetragen.', { exact: false }).waitFor();
    expect(await storedEndpoint()).toBeUndefined();
    expect(await axeDocument(page, 'options page')).toEqual([]);
  });

  it('role and language take effect on the pages', async () => {
    const page = await openOptions();
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByLabel('Ich schreibe meistens als').selectOption('caseworker');
    await saveSettingsButton(page).click();
    // The page itself now speaks English.
    await page.getByText('Your settings are saved.').waitFor();

    const demo = await session.open('/wba.html');
    await own(demo).getByRole('button', { name: 'Suggest an improvement' }).click();
    await (await panels(demo)).getByRole('button', { name: 'Point at it on the page' }).click();
    await demo.locator('#wba-iban').click();
    expect(await (await panels(demo)).getByLabel('I am writing as').inputValue()).toBe('caseworker');
  });

  it("shows IT's locked values as locked, and the background refuses to change them", async () => {
    const policy: Policy = { role: 'caseworker', backlogEndpoint: backlog.url, retentionDays: 30, locked: ['role', 'backlogEndpoint'] };
    const page = await openOptions(policy);
    await expect.poll(() => page.getByLabel(/Ich schreibe meistens als/).isDisabled()).toBe(true);
    expect(await page.getByLabel(/Ich schreibe meistens als/).textContent()).toBeTruthy();
    await page.getByText('Adresse des Co-Design-Backlogs (Von Ihrer IT festgelegt)').waitFor();
    expect(await page.getByLabel(/Adresse des Co-Design-Backlogs/).inputValue()).toBe(backlog.url);
    expect(await page.getByLabel(/Adresse des Co-Design-Backlogs/).getAttribute('readonly')).not.toBeNull();
    // An unlocked setting of the policy is only a default: the person may change it.
    await page.getByLabel(/Gesendete und beantwortete Vorschläge löschen nach/).fill('60');
    await saveSettingsButton(page).click();
    await page.getByText('Ihre Einstellungen sind gespeichert.').waitFor();

    // Whoever asks, a locked setting is not written: here a message straight from an extension page.
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ channel: 'mitgestalten/device', intent: 'writeSettings', params: [{ role: 'claimant' }] }));
    expect(answer).toMatchObject({ ok: false, problem: { code: 'settings.locked', params: { setting: 'role' } } });
  });

  it('retention deletes what the backlog received long enough ago, and nothing else', async () => {
    const context = session.browser.context;
    const now = Date.now();
    const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60_000).toISOString();
    const sentRecord = async (days: number, code: string) => {
      const suggestion = makeSuggestion();
      const batchId = crypto.randomUUID();
      await putExtensionRecord(context, 'suggestions', { suggestion, status: 'sent', batchId, receiptCode: code } satisfies StoredSuggestion);
      await putExtensionRecord(context, 'receipts', { receiptCode: code, suggestionId: suggestion.id, batchId, receivedAt: daysAgo(days) });
      return suggestion.id;
    };
    await sentRecord(40, 'OLDX-0000-0001');
    const recent = await sentRecord(5, 'NEWX-0000-0002');
    const waiting = makeSuggestion({ createdAt: daysAgo(400), updatedAt: daysAgo(400) });
    await putExtensionRecord(context, 'suggestions', { suggestion: waiting, status: 'queued' } satisfies StoredSuggestion);

    const page = await openOptions();
    await page.getByLabel('Gesendete und beantwortete Vorschläge löschen nach … Tagen').fill('30');
    await saveSettingsButton(page).click();
    await page.getByText('Ihre Einstellungen sind gespeichert.').waitFor();

    const kept = ((await readExtensionStore(context, 'suggestions')) as StoredSuggestion[]).map((record) => record.suggestion.id).sort();
    expect(kept).toEqual([recent, waiting.id].sort());
    expect(((await readExtensionStore(context, 'receipts')) as Array<{ receiptCode: string }>).map((receipt) => receipt.receiptCode)).toEqual(['NEWX-0000-0002']);
  });

  it('exports everything, and "delete all my data" asks first, then leaves an empty store', async () => {
    const context = session.browser.context;
    const demo = await session.open('/wba.html');
    await launcher(demo).waitFor();
    await putExtensionRecord(context, 'suggestions', { suggestion: makeSuggestion(), status: 'queued' } satisfies StoredSuggestion);

    const page = await openOptions();
    // First everything as a file: what would be deleted can be kept.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alles als Datei speichern (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mitgestalten-alles-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { suggestions: StoredSuggestion[] };
    expect(exported.suggestions).toHaveLength(1);

    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText('Wirklich alles löschen', { exact: false }).waitFor();
    expect(await axeDocument(page, 'options page, asking before deleting')).toEqual([]);
    await question.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await readExtensionStore(context, 'suggestions')).toHaveLength(1);

    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, alles löschen' }).click();
    await page.getByText('Alle Ihre Daten auf diesem Gerät sind gelöscht.').waitFor();
    for (const store of ['suggestions', 'outbox', 'receipts', 'settings']) expect(await readExtensionStore(context, store)).toEqual([]);
  });
});
