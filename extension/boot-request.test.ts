// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../lib/i18n/catalogues';
import { launcherWordsOf } from '../lib/i18n';
import type { BootInfo } from '../overlay/boot';
import { askBoot, toBootAnswer } from './boot-request';

const info: BootInfo = { language: 'uk', words: launcherWordsOf(CATALOGUES.uk), catalogue: async () => CATALOGUES.uk, launcher: { corner: 'top-start', collapsed: true }, pageCount: 2, hasDraft: false };
const { catalogue: _catalogue, ...onPageView } = info;

describe('the boot question of every page view', () => {
  it('gets the person’s language with the launcher’s words, the launcher’s place and this page’s count; the whole catalogue on first use', async () => {
    const asked: unknown[] = [];
    const booted = await askBoot(async (message) => (asked.push(message), toBootAnswer(info)), document);
    expect(booted).toEqual({ ...onPageView, catalogue: expect.any(Function) });
    expect(await booted.catalogue()).toEqual(CATALOGUES.uk);
    expect(asked).toEqual([expect.objectContaining({ channel: 'mitgestalten/boot', pageLanguage: document.documentElement.lang })]);
  });

  it('refuses an answer without the launcher’s words, so the launcher never shows raw keys', async () => {
    const answer = await toBootAnswer(info);
    for (const words of [undefined, { 'launcher.open': 'Запропонувати покращення' }, { ...launcherWordsOf(CATALOGUES.uk), 'launcher.move': 5 }, 'launcher.open']) {
      await expect(askBoot(async () => ({ ...answer, words }), document)).rejects.toThrow('Unexpected boot answer');
    }
  });

  it('refuses a catalogue that is not one when the rest of the overlay asks for it', async () => {
    const answer = await toBootAnswer(info);
    for (const catalogue of ['{"launcher.open": ', '{"launcher.open": 5}', '[]']) {
      const booted = await askBoot(async () => ({ ...answer, catalogue }), document);
      await expect(booted.catalogue()).rejects.toThrow();
    }
    await expect(askBoot(async () => ({ ...answer, catalogue: CATALOGUES.de }), document)).rejects.toThrow('Unexpected boot answer');
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
    expect(await asking).toEqual({ ...onPageView, catalogue: expect.any(Function) });
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
