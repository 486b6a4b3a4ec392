/**
 * Time from the press on the launcher to the first frame that draws the first panel, both read inside the browser.
 *
 * Why not Playwright's `locator.waitFor()` after the press: it polls at growing intervals and answers over the
 * DevTools connection, so it reports a panel late by up to a polling interval. A trace of the widget's first click
 * showed the menu painted 111 ms after the press while waitFor() reported 262 ms: its next poll fell behind a task
 * that started once the menu showed. Here the press is the pointer event's own time stamp, and the panel is seen by
 * a check on every animation frame of the document that holds it, which runs just before that frame is painted.
 * Both are read as `performance.timeOrigin` plus a document's clock, so that two documents (the page, and the
 * extension's panels frame in another process) compare on one time line.
 */
import type { Frame, Page } from 'playwright-core';

const PRESSED_AT = '__mitgestaltenBenchPressedAt';

/** Note when the next pointer press reaches the page: install before pressing. */
export async function notePress(page: Page): Promise<void> {
  await page.evaluate((key) => {
    addEventListener('pointerdown', (event) => ((globalThis as Record<string, unknown>)[key] = performance.timeOrigin + event.timeStamp), { capture: true, once: true });
  }, PRESSED_AT);
}

/**
 * Wait until a visible dialog named `name` shows in `frame` (in the document, or in the open shadow root of `hostSelector`),
 * and answer the time of the first animation frame that has it. A plain evaluation with its own loop: Playwright's
 * waitForFunction would first install its injected script in the page's world, 35–40 ms of the very main thread
 * that is being timed.
 */
export async function panelShownAt(frame: Frame, name: string, hostSelector?: string): Promise<number> {
  // Source text, not a function: tsx gives named inner functions a helper (__name) that the page does not have.
  const firstFrameWithDialog = `new Promise((resolve) => {
    const [name, hostSelector] = ${JSON.stringify([name, hostSelector ?? null])};
    const check = () => {
      const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
      const shown = [...(root?.querySelectorAll('[role="dialog"]') ?? [])].some(
        (dialog) => root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === name && dialog.checkVisibility(),
      );
      if (shown) resolve(performance.timeOrigin + performance.now());
      else requestAnimationFrame(check);
    };
    check();
  })`;
  for (;;) {
    try {
      return (await frame.evaluate(firstFrameWithDialog)) as number;
    } catch (error) {
      // The frame's first document (about:blank) gave way to the panels page: look again in the new one.
      if (!String(error).includes('Execution context was destroyed')) throw error;
    }
  }
}

/** The press time that `notePress` recorded. */
export async function pressedAt(page: Page): Promise<number> {
  const at = await page.evaluate((key) => (globalThis as Record<string, unknown>)[key], PRESSED_AT);
  if (typeof at !== 'number') throw new Error('The press did not reach the page');
  return at;
}
