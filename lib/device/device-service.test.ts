import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { openLocalStore, type LocalStore } from '../store';
import { createDeviceService } from './device-service';

let store: LocalStore | undefined;
afterEach(() => store?.close());

/** A device over a fresh store, without an outbox: these intents never send. */
async function device() {
  store = await openLocalStore({ name: `device-${crypto.randomUUID()}` });
  return createDeviceService(store, () => Promise.reject(new Error('no outbox here')), () => () => undefined);
}

const page = { url: 'https://jobcenter-musterstadt.example/wba', title: 'Weiterbewilligung' };

describe('device service: toolbar counts and housekeeping', () => {
  it('counts saved, unsent and answered on the page and on the whole device', async () => {
    const service = await device();
    await store!.suggestions.add(makeSuggestion({ page }), 'queued');
    await store!.suggestions.add(makeSuggestion({ page }), 'answered');
    await store!.suggestions.add(makeSuggestion(), 'queued');
    await store!.suggestions.add(makeSuggestion(), 'sent');
    expect(await service.tally(page)).toEqual({ page: { saved: 2, unsent: 1, answered: 1 }, all: { saved: 4, unsent: 2, answered: 1 } });
    expect(await service.tally(null)).toEqual({ all: { saved: 4, unsent: 2, answered: 1 } });
  });

  it('deletes by the retention period in the settings only when one is set, and deletes everything on request', async () => {
    const service = await device();
    await store!.suggestions.add(makeSuggestion({ updatedAt: '2020-01-01T00:00:00.000Z' }), 'sent');
    expect(await service.deleteExpired()).toBe(0);
    await service.writeSettings({ retentionDays: 30 });
    expect(await service.deleteExpired()).toBe(1);
    await store!.suggestions.add(makeSuggestion(), 'queued');
    expect(await service.deleteAllData()).toBeNull();
    expect(await service.tally(null)).toEqual({ all: { saved: 0, unsent: 0, answered: 0 } });
    expect(await service.readSettings()).toEqual({});
  });
});
