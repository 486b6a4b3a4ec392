import type { BrowserContext, Page } from 'playwright-core';
import { own, panels } from './overlay';

/** The extension API as seen inside its service worker, where `setBacklogEndpoint` runs. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** Point at a page element with the overlay and save a suggestion on it, as a person with a mouse does. */
export async function suggestOn(page: Page, selector: string, problem: string): Promise<void> {
  await own(page).getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
  await (await panels(page)).getByRole('button', { name: 'Auf der Seite zeigen' }).click();
  await page.locator(selector).click();
  const form = (await panels(page)).getByRole('dialog', { name: 'Ihr Vorschlag' });
  await form.getByLabel('Was ist schwierig oder unklar?').fill(problem);
  await form.getByRole('button', { name: 'Weiter: prüfen' }).click();
  const review = (await panels(page)).getByRole('dialog', { name: 'Bitte prüfen' });
  await review.getByRole('button', { name: 'Vorschlag speichern' }).click();
  // Not the announcement: an earlier one may still stand. The review closes once the suggestion is stored.
  await review.waitFor({ state: 'detached' });
}

/** Set the backlog address as the options page would (extension storage), before the overlay sends. */
export async function setBacklogEndpoint(context: BrowserContext, endpoint: string): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((url) => chrome.storage.local.set({ backlogEndpoint: url }), endpoint);
}
