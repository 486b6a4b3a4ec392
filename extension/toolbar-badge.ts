import { browser } from 'wxt/browser';
import type { DeviceService } from '../lib/device';

/** The launcher's accent (components/launcher.css.ts): one visual identity on the page and in the toolbar. */
const ACCENT = '#0b5394';

/** The toolbar icon shows how many suggestions have not reached the backlog yet; nothing when none wait. */
export async function showUnsent(device: DeviceService): Promise<void> {
  const { unsent } = (await device.tally(null)).all;
  await browser.action.setBadgeBackgroundColor({ color: ACCENT });
  await browser.action.setBadgeText({ text: unsent > 0 ? String(unsent) : '' });
}
