import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the tests leave pictures of the overlay's main states for a person to look at (git-ignored). */
export const SCREENSHOT_ROOT = join(process.cwd(), 'test-results', 'screenshots');

const safe = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-|-$/g, '');

/** Write `test-results/screenshots/<test>/<state>.png` showing what the person sees now. */
export async function screenshot(page: Page, test: string, state: string): Promise<string> {
  const directory = join(SCREENSHOT_ROOT, safe(test));
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${safe(state)}.png`);
  // Animations off so that the picture shows the state, not a frame of a transition.
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
