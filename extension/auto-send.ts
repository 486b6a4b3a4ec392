import { browser } from 'wxt/browser';
import type { DeviceService } from '../lib/device';
import type { Settings } from '../lib/model';

export const AUTO_SEND_ALARM = 'mitgestalten-auto-send';
/** When the person chose automatic sending without saying how often. */
const DEFAULT_INTERVAL_MINUTES = 15;

/** Automatic sending is an alarm (a service worker's timers die with it); manual sending has none. */
export async function scheduleAutoSend(settings: Settings): Promise<void> {
  if (settings.sendingMode !== 'automatic') {
    await browser.alarms.clear(AUTO_SEND_ALARM);
    return;
  }
  const periodInMinutes = settings.sendIntervalMinutes ?? DEFAULT_INTERVAL_MINUTES;
  const current = await browser.alarms.get(AUTO_SEND_ALARM);
  if (current?.periodInMinutes !== periodInMinutes) await browser.alarms.create(AUTO_SEND_ALARM, { periodInMinutes });
}

/** Send everything waiting, when the person still wants automatic sending and a backlog is set. */
export async function sendAutomatically(device: DeviceService): Promise<void> {
  if ((await device.readSettings()).sendingMode !== 'automatic') return;
  const overview = await device.overview();
  if (overview.canSend && overview.waiting.length > 0) await device.send('all-unsent');
}
