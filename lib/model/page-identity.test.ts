import { describe, expect, it } from 'vitest';
import { isSamePage, pageIdentity } from './page-identity';

const app = 'Persönliche Daten – Antrag auf Bürgergeld – Jobcenter Musterstadt';

describe('which page a suggestion belongs to', () => {
  it('keeps a suggestion with its step when a single-page application shows that step under another address', () => {
    const atStart = { url: 'https://jc.example/buergergeld/', title: app, step: 'Persönliche Daten' };
    const deepLink = { url: 'https://jc.example/buergergeld/persoenliche-daten', title: app, step: 'Persönliche Daten' };
    expect(isSamePage(atStart, deepLink)).toBe(true);
    expect(pageIdentity(atStart)).toBe(pageIdentity(deepLink));
  });

  it('tells apart other steps, other applications and other sites', () => {
    const step1 = { url: 'https://jc.example/buergergeld/', title: app, step: 'Persönliche Daten' };
    expect(isSamePage(step1, { ...step1, url: 'https://jc.example/buergergeld/wohnen', step: 'Wohnen' })).toBe(false);
    expect(isSamePage(step1, { ...step1, url: 'https://jc.example/wba/', title: 'Weiterbewilligung – Jobcenter Musterstadt' })).toBe(false);
    expect(isSamePage(step1, { ...step1, url: 'https://anderes-jobcenter.example/buergergeld/' })).toBe(false);
  });

  it('matches pages without steps by their address alone', () => {
    const page = { url: 'https://jc.example/postfach.html', title: 'Postfach' };
    expect(isSamePage(page, { ...page })).toBe(true);
    expect(isSamePage(page, { url: 'https://jc.example/andere.html', title: 'Postfach' })).toBe(false);
    expect(pageIdentity(page)).not.toBe(pageIdentity({ url: 'https://jc.example/andere.html', title: 'Postfach' }));
  });
});
