// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeviceService } from '../lib/device';
import type { Settings } from '../lib/model';
import { CATALOGUES } from '../lib/i18n/catalogues';
import { createPreferences, type Catalogues } from './preferences';

/** German at hand from the start, every other language fetched when wanted, as from the background. */
const catalogues: Catalogues = { initial: { language: 'de', messages: CATALOGUES.de }, load: async (language) => CATALOGUES[language] };
/** What the page agent reports: the browser's languages and the page's own. */
const thePage = () => ({ browserLanguages: [...window.navigator.languages], pageLanguage: () => document.documentElement.lang });
/** Let the fetch of a catalogue land. */
const fetched = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A device whose stored settings arrive only when the test says so, as from a waking background. */
function slowDevice(stored: Settings) {
  let deliver: () => void = () => {};
  const written: Partial<Settings>[] = [];
  const device = {
    readSettings: () => new Promise<Settings>((resolve) => (deliver = () => resolve(stored))),
    writeSettings: async (changes: Partial<Settings>) => {
      written.push(changes);
      return { ...stored, ...changes };
    },
  } as Pick<DeviceService, 'readSettings' | 'writeSettings'> as DeviceService;
  return { device, deliver: () => deliver(), written };
}

describe('preferences', () => {
  /** The languages the person's browser asks for (`navigator.languages`). */
  const browserSpeaks = (...languages: string[]) => Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });

  beforeEach(() => {
    document.documentElement.lang = 'de';
    browserSpeaks('de-DE');
  });

  it('speak the stored language and use the stored role and corner once loaded', async () => {
    const { device, deliver } = slowDevice({ language: 'uk', role: 'caseworker', launcher: { corner: 'top-start', collapsed: true } });
    const preferences = createPreferences(device, thePage(), catalogues);
    const loading = preferences.load();
    deliver();
    await loading;
    await fetched();
    expect(preferences.language.value).toBe('uk');
    expect(preferences.t.value('launcher.open')).toBe('Запропонувати покращення');
    expect(preferences.role.value).toBe('caseworker');
    expect(preferences.launcher.value).toEqual({ corner: 'top-start', collapsed: true });
  });

  it('speak the browser’s language to a first-time user when it is one of the seven, even on a German page', async () => {
    browserSpeaks('uk-UA', 'de');
    const { device, deliver } = slowDevice({});
    const preferences = createPreferences(device, thePage(), catalogues);
    const loading = preferences.load();
    deliver();
    await loading;
    await fetched();
    expect(preferences.language.value).toBe('uk');
  });

  it('follow the page’s language when the browser speaks none of ours, until the person chooses one', async () => {
    browserSpeaks('pl-PL');
    document.documentElement.lang = 'ar';
    const { device, deliver } = slowDevice({});
    const preferences = createPreferences(device, thePage(), catalogues);
    const loading = preferences.load();
    deliver();
    await loading;
    await fetched();
    expect(preferences.language.value).toBe('ar');
    expect(preferences.direction.value).toBe('rtl');
  });

  it('keep what the person chose while the stored settings were still on their way', async () => {
    const { device, deliver, written } = slowDevice({ role: 'claimant', launcher: { corner: 'bottom-end', collapsed: false } });
    const preferences = createPreferences(device, thePage(), catalogues);
    const loading = preferences.load();
    await preferences.setLanguage('ar');
    await preferences.setRole('advisor');
    await preferences.setLauncher({ collapsed: true });
    deliver();
    await loading;
    await fetched();
    expect(preferences.language.value).toBe('ar');
    expect(preferences.direction.value).toBe('rtl');
    expect(preferences.role.value).toBe('advisor');
    expect(preferences.launcher.value.collapsed).toBe(true);
    expect(written).toEqual([{ language: 'ar' }, { role: 'advisor' }, { launcher: { corner: 'bottom-end', collapsed: true } }]);
  });
});

describe('catalogues, one language at a time', () => {
  it('keeps speaking the language it has until the chosen one’s catalogue arrives, and fetches each once', async () => {
    const requested: string[] = [];
    let arrive: () => void = () => {};
    const slow: Catalogues = {
      initial: { language: 'de', messages: CATALOGUES.de },
      load: (language) => {
        requested.push(language);
        return new Promise((resolve) => (arrive = () => resolve(CATALOGUES[language])));
      },
    };
    Object.defineProperty(window.navigator, 'languages', { value: ['de-DE'], configurable: true });
    document.documentElement.lang = 'de';
    const { device } = slowDevice({});
    const preferences = createPreferences(device, thePage(), slow);
    void preferences.setLanguage('tr');
    expect(preferences.language.value).toBe('de');
    expect(preferences.t.value('launcher.open')).toBe('Verbesserung vorschlagen');
    arrive();
    await fetched();
    expect(preferences.language.value).toBe('tr');
    expect(preferences.t.value('launcher.open')).toBe(CATALOGUES.tr['launcher.open']);
    void preferences.setLanguage('de');
    void preferences.setLanguage('tr');
    expect(requested).toEqual(['tr']);
  });
});
