import type { Locator, Page } from 'playwright-core';
import { de } from '../../../lib/i18n/messages/de';

/**
 * Ways into the overlay as a person finds them: by role and visible name, in German (the default).
 * Role locators pierce our open shadow root.
 */
export const overlayHost = (page: Page) => page.locator('mitgestalten-overlay');

export const launcher = (page: Page) => page.getByRole('button', { name: de['launcher.open'] });

export const dialog = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });

/** The overlay's live region: what a screen reader announces after a change. */
export const announcement = (page: Page) => overlayHost(page).locator('[role="status"][aria-live="polite"]');

/** Wait until the overlay announced `text` (it clears the region first, so repeats are read too). */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  await announcement(page).filter({ hasText: text }).waitFor();
}

export interface SuggestionValues {
  category?: string;
  problem: string;
  proposal?: string;
  role?: string;
}

/** Fill the form "Ihr Vorschlag" (or "Vorschlag ändern") the way a person would, with the mouse or touch. */
export async function fillForm(form: Locator, values: SuggestionValues): Promise<void> {
  if (values.category) await form.getByLabel(de['form.category']).selectOption(values.category);
  await form.getByLabel(de['form.problem']).fill(values.problem);
  if (values.proposal !== undefined) await form.getByRole('textbox', { name: /freiwillig/ }).fill(values.proposal);
  if (values.role) await form.getByLabel(de['form.role']).selectOption(values.role);
}

/** The element that has focus, described for an assertion: inside our shadow root or on the page. */
export function focusedElement(page: Page): Promise<{ inOverlay: boolean; id: string; tag: string; name: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    let inOverlay = false;
    while (active?.shadowRoot?.activeElement) {
      inOverlay = true;
      active = active.shadowRoot.activeElement;
    }
    return {
      inOverlay,
      id: active?.id ?? '',
      tag: active?.tagName.toLowerCase() ?? '',
      name: (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim().replace(/\s+/g, ' '),
    };
  });
}

/** Boxes of the page's own controls that a box overlaps: what the overlay would cover. */
export function pageControlsUnder(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<string[]> {
  return page.evaluate((box) => {
    const hits: string[] = [];
    const controls = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, label');
    for (const control of controls) {
      for (const rect of control.getClientRects()) {
        if (rect.width > 0 && rect.height > 0 && rect.left < box.x + box.width && rect.right > box.x && rect.top < box.y + box.height && rect.bottom > box.y) {
          hits.push(`${control.tagName.toLowerCase()} ${control.id || control.textContent?.trim().slice(0, 40)}`);
        }
      }
    }
    return hits;
  }, box);
}
