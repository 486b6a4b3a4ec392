// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../lib/i18n/catalogues';
import type { BootInfo } from '../overlay/boot';
import { askBoot, toBootAnswer } from './boot-request';

const info: BootInfo = { language: 'uk', catalogue: CATALOGUES.uk, launcher: { corner: 'top-start', collapsed: true }, pageCount: 2, hasDraft: false };

describe('the boot question of every page view', () => {
  it('gets the person’s language with its whole catalogue, the launcher’s place and this page’s count', async () => {
    const asked: unknown[] = [];
    const booted = await askBoot(async (message) => (asked.push(message), toBootAnswer(info)), document);
    expect(booted).toEqual(info);
    expect(asked).toEqual([expect.objectContaining({ channel: 'mitgestalten/boot', pageLanguage: document.documentElement.lang })]);
  });

  it('refuses an answer whose catalogue is not a catalogue, so the launcher never shows raw keys', async () => {
    for (const catalogue of ['{"launcher.open": ', '{"launcher.open": 5}', '[]', CATALOGUES.de]) {
      await expect(askBoot(async () => ({ ...toBootAnswer(info), catalogue }), document)).rejects.toThrow('Unexpected boot answer');
    }
  });

  it('asks again while a background that has just started wakes up, instead of showing no launcher at all', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const send = async () => {
      calls += 1;
      if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return toBootAnswer(info);
    };
    const asking = askBoot(send, document);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await asking).toEqual(info);
    expect(calls).toBe(3);
    vi.useRealTimers();
  });

  it('gives up after three tries, so the page is left as it was', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const asking = askBoot(async () => {
      calls += 1;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, document);
    const refused = expect(asking).rejects.toThrow('Receiving end does not exist');
    await vi.advanceTimersByTimeAsync(10_000);
    await refused;
    expect(calls).toBe(3);
    vi.useRealTimers();
  });
});
