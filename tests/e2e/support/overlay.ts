import type { Frame, Locator, Page } from 'playwright-core';
import { de } from '../../../lib/i18n/messages/de';
import { inOwnRoot, own } from './own-root';

/**
 * Ways into the overlay as a person finds them: by role and visible name, in German (the default).
 * The overlay has two sides: in the page, inside a closed shadow root, the launcher, markers and pointing
 * banner (`own`, support/own-root.ts); in a frame of the extension's origin, the panels (`panels`).
 */
export { own, type Inspectable, type OwnLocator } from './own-root';

export const launcher = (page: Page) => own(page).getByRole('button', { name: de['launcher.open'] });

/** The panels' frame if the overlay has made one: after a reload with nothing to restore, there is none. */
export function panelsIfAny(page: Page): Frame | undefined {
  return page.frames().find((candidate) => candidate.url().includes('/panels.html'));
}

/**
 * Chromium routes a click to the panels' frame by what the page last painted; on a page that paints slowly (the
 * hostile-CSS page takes about 40 ms a frame here) a click sent the moment the frame appears still reaches the
 * page under it. A person never clicks that fast; a test waits as long as the person's eyes would: three frames
 * of the page, so that its next frame is drawn and handed on, and its map of where the frame is, new.
 */
const pagePainted = (page: Page) =>
  page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(painted)))));

/** The frame that holds the panels, once the overlay has opened it, and the page has painted it since. */
export async function panels(page: Page, { timeout = 15_000 } = {}): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = panelsIfAny(page);
    if (frame) {
      await pagePainted(page);
      return frame;
    }
    if (Date.now() > deadline) throw new Error('The panels frame did not appear');
    await page.waitForTimeout(50);
  }
}

/** A panel by its name, whether it shows or not (for waiting until it is gone). */
export async function dialogIfAny(page: Page, name: string): Promise<Locator> {
  return (await panels(page)).getByRole('dialog', { name, exact: true });
}

/** A panel once a person could see it: shown in its frame, and the page painted since (see `pagePainted`). */
export async function dialog(page: Page, name: string): Promise<Locator> {
  const shown = await dialogIfAny(page, name);
  await shown.waitFor();
  await pagePainted(page);
  return shown;
}

/** Wait until the overlay announced `text`, in the panels or while pointing (it clears first, so repeats are read too). */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  const deadline = Date.now() + 15_000;
  const matches = (said: string) => (typeof text === 'string' ? said.includes(text) : text.test(said));
  for (;;) {
    const frame = panelsIfAny(page);
    const inPanels = frame ? await frame.locator('[role="status"][aria-live="polite"]').allTextContents().catch(() => []) : [];
    const inPage = await inOwnRoot(page, (root) => [...root.querySelectorAll('[role="status"][aria-live="polite"]')].map((region) => region.textContent ?? ''), null);
    if ([...inPanels, ...(inPage ?? [])].some(matches)) return;
    if (Date.now() > deadline) throw new Error(`Not announced: ${String(text)}`);
    await page.waitForTimeout(50);
  }
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

/** Describes the focused element (as JavaScript source: it runs in the page, in the shadow root, in the frame). */
const DESCRIBE_ACTIVE = `(active) => ({
  id: active?.id ?? '',
  tag: active?.tagName.toLowerCase() ?? '',
  name: (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim().replace(/\\s+/g, ' '),
})`;
type Focused = { id: string; tag: string; name: string };

/**
 * The element that has focus, described for an assertion: in the overlay (page side or a panel) or on the page.
 * The panels' frame holding focus on its empty body is not yet in the overlay: a key pressed then leaves for the page.
 */
export async function focusedElement(page: Page): Promise<{ inOverlay: boolean } & Focused> {
  const onPage = await page.evaluate(() => document.activeElement?.localName ?? '');
  if (!onPage.startsWith('mitgestalten-')) return { inOverlay: false, ...((await page.evaluate(`(${DESCRIBE_ACTIVE})(document.activeElement)`)) as Focused) };
  const inRoot = await inOwnRoot<null, Focused | null>(page, `(root) => root.activeElement?.localName === 'iframe' ? null : (${DESCRIBE_ACTIVE})(root.activeElement)`, null);
  if (inRoot) return { inOverlay: true, ...inRoot };
  const frame = await panels(page);
  const inPanel = (await frame.evaluate(`document.activeElement?.closest('.mg-panel') ? (${DESCRIBE_ACTIVE})(document.activeElement) : null`)) as Focused | null;
  return inPanel ? { inOverlay: true, ...inPanel } : { inOverlay: false, id: '', tag: 'iframe', name: '' };
}

/**
 * Wait until keyboard focus has arrived in the open panel, as a person sees the focus ring before pressing a
 * key: focus crosses from the page into the panels' frame a moment after the panel shows.
 */
export async function focusInPanel(page: Page): Promise<void> {
  const frame = await panels(page);
  const deadline = Date.now() + 15_000;
  while (!(await frame.evaluate(() => document.hasFocus() && document.activeElement?.closest('.mg-panel') !== null).catch(() => false))) {
    if (Date.now() > deadline) {
      const inFrame = await frame.evaluate(() => ({ hasFocus: document.hasFocus(), active: document.activeElement?.outerHTML.slice(0, 120) })).catch(String);
      const onPage = await page.evaluate(() => ({ hasFocus: document.hasFocus(), active: document.activeElement?.localName }));
      throw new Error(`Focus did not arrive in the panel: frame ${JSON.stringify(inFrame)}, page ${JSON.stringify(onPage)}`);
    }
    await page.waitForTimeout(50);
  }
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
