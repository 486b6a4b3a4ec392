import type { BrowserContext, Page } from 'playwright-core';
import { launcher, panels } from './overlay';
import { widgetLauncher } from './widget';

/** The extension API as seen inside its service worker, where `setBacklogEndpoint` runs. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/**
 * Point at a page element with the overlay and save a suggestion on it, as a person with a mouse does: with
 * the extension (panels in its frame), or with the widget (panels in the page).
 */
export async function suggestOn(page: Page, selector: string, problem: string, shell: 'extension' | 'widget' = 'extension'): Promise<void> {
  await (shell === 'extension' ? launcher(page) : widgetLauncher(page)).click();
  const surface = shell === 'extension' ? await panels(page) : page;
  await surface.getByRole('button', { name: 'Auf der Seite zeigen' }).click();
  await page.locator(selector).click();
  const form = surface.getByRole('dialog', { name: 'Ihr Vorschlag' });
  await form.getByLabel('Was ist schwierig oder unklar?').fill(problem);
  await form.getByRole('button', { name: 'Weiter: prüfen' }).click();
  const review = surface.getByRole('dialog', { name: 'Bitte prüfen' });
  await review.getByRole('button', { name: 'Vorschlag speichern' }).click();
  // Not the announcement: an earlier one may still stand. The review closes once the suggestion is stored.
  await review.waitFor({ state: 'detached' });
}

/** Set the backlog address as the options page would (extension storage), before the overlay sends. */
export async function setBacklogEndpoint(context: BrowserContext, endpoint: string): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((url) => chrome.storage.local.set({ backlogEndpoint: url }), endpoint);
}
