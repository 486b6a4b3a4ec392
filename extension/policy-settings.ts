import type { DeviceService } from '../lib/device';
import { lockedChanges, ProblemError, withPolicy, type Policy, type Settings } from '../lib/model';

/** The settings the policy speaks about that the device keeps itself (the backlog and the sites live elsewhere). */
const DEVICE_SETTINGS = ['role', 'language', 'sendingMode', 'sendIntervalMinutes', 'retentionDays'] as const;

/**
 * Write what the policy sets into the device's settings: locked values always, defaults where the person chose
 * nothing. The store then holds what counts, so the boot answers without waiting for the policy, and the
 * store's retention applies IT's period.
 */
export async function applyPolicy(device: DeviceService, policy: Policy): Promise<void> {
  const current = await device.readSettings();
  const effective = withPolicy(current, policy);
  const changes: Partial<Settings> = Object.fromEntries(DEVICE_SETTINGS.filter((name) => effective[name] !== current[name]).map((name) => [name, effective[name]]));
  if (Object.keys(changes).length > 0) await device.writeSettings(changes);
}

/**
 * The device service as pages and the options page reach it: a change to a setting IT locked is refused
 * (`settings.locked`), whoever asks. `onSettingsWritten` hears every accepted change (the background
 * reschedules automatic sending).
 */
export function guardLockedSettings(device: DeviceService, policy: () => Promise<Policy>, onSettingsWritten: (settings: Settings) => void): DeviceService {
  return {
    ...device,
    async writeSettings(changes) {
      const [locked] = lockedChanges(await policy(), changes);
      if (locked) throw new ProblemError({ code: 'settings.locked', params: { setting: locked } });
      const settings = await device.writeSettings(changes);
      onSettingsWritten(settings);
      return settings;
    },
  };
}
