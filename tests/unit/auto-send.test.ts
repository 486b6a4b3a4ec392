import { describe, expect, it, vi } from 'vitest';
import { sendAutomatically } from '../../extension/auto-send';
import type { DeviceService } from '../../lib/device';
import type { OutboxOverview, Settings } from '../../lib/model';
import { makeSuggestion } from '../fixtures/make-suggestion';

/** A device with the given settings and outbox; records whether it was asked to send. */
function deviceWith(settings: Settings, overview: Partial<OutboxOverview>) {
  const send = vi.fn(async () => ({ sent: 1, notSent: 0, problems: [] }));
  const device = {
    readSettings: async () => settings,
    overview: async () => ({ waiting: [], batches: [], canSend: true, ...overview }),
    send,
  } as unknown as DeviceService;
  return { device, send };
}

const waiting = [{ suggestion: makeSuggestion(), status: 'queued' as const }];

describe('automatic sending (the background’s alarm)', () => {
  it('sends everything waiting when the person chose automatic sending', async () => {
    const { device, send } = deviceWith({ sendingMode: 'automatic' }, { waiting });
    await sendAutomatically(device);
    expect(send).toHaveBeenCalledWith('all-unsent');
  });

  it('sends nothing when sending is manual, nothing waits, or no backlog is set', async () => {
    const cases: Array<[Settings, Partial<OutboxOverview>]> = [
      [{ sendingMode: 'manual' }, { waiting }],
      [{}, { waiting }],
      [{ sendingMode: 'automatic' }, { waiting: [] }],
      [{ sendingMode: 'automatic' }, { waiting, canSend: false }],
    ];
    for (const [settings, overview] of cases) {
      const { device, send } = deviceWith(settings, overview);
      await sendAutomatically(device);
      expect(send).not.toHaveBeenCalled();
    }
  });
});
