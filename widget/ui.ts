import type { DeviceService } from '../lib/device';
import type { Handover, MountedOverlay } from '../overlay/boot';
import { mountOverlay, type MountOptions } from '../overlay/mount';
import type { WidgetOptions } from './options';

/**
 * The rest of the overlay, loaded on first use: the same panels, pointing and markers as in the extension
 * (overlay/mount.tsx), mounted in the page's own document and worded for claimants.
 */
export function mountWidget(handover: Handover, device: DeviceService, loadCatalogue: MountOptions['loadCatalogue'], options: WidgetOptions): Promise<MountedOverlay> {
  return mountOverlay(handover, {
    device,
    loadCatalogue,
    ...(options.service ? { service: options.service } : {}),
    audience: 'claimant',
    ...(options.privacyUrl ? { privacyUrl: options.privacyUrl } : {}),
    fileTransfer: options.fileTransfer ?? false,
  });
}
