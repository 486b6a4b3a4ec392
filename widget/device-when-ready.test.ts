import { describe, expect, it, vi } from 'vitest';
import type { DeviceService } from '../lib/device';
import { deviceWhenReady } from './device-when-ready';

/** A device that answers what these tests ask; anything else would be a test error. */
function fakeDevice(): DeviceService {
  return {
    readSettings: vi.fn(async () => ({ language: 'uk' as const })),
    watchOutbox: vi.fn(() => vi.fn()),
  } as unknown as DeviceService;
}

describe('the widget’s device before it has loaded', () => {
  it('answers a call once the device is there, with the device’s own answer', async () => {
    let arrive!: (device: DeviceService) => void;
    const device = deviceWhenReady(new Promise((resolve) => (arrive = resolve)));
    const settings = device.readSettings();
    const real = fakeDevice();
    arrive(real);
    await expect(settings).resolves.toEqual({ language: 'uk' });
    expect(real.readSettings).toHaveBeenCalledOnce();
  });

  it('fails a call as the device failed to load, and does not leave the failure unhandled', async () => {
    const device = deviceWhenReady(Promise.reject(new Error('chunk not found')));
    await expect(device.overview()).rejects.toThrow('chunk not found');
  });

  it('follows the outbox once the device is there, and not at all when stopped before', async () => {
    const real = fakeDevice();
    const ready = Promise.resolve(real);
    const stoppedEarly = deviceWhenReady(ready).watchOutbox(() => undefined);
    stoppedEarly();
    const stop = deviceWhenReady(ready).watchOutbox(() => undefined);
    await ready;
    await Promise.resolve();
    expect(real.watchOutbox).toHaveBeenCalledOnce();
    stop();
    expect(vi.mocked(real.watchOutbox).mock.results[0]!.value).toHaveBeenCalledOnce();
  });
});
