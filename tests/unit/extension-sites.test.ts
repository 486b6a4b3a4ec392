import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES, matches, sitePattern, toPattern } from '../../extension/sites';

describe('sites the extension may run on', () => {
  it('runs by default on the demo pages and the Jobcenter portals, nowhere else', () => {
    const allowed = (url: string) => DEFAULT_SITES.some((pattern) => matches(pattern, url));
    expect(allowed('http://127.0.0.1:8787/wba.html')).toBe(true);
    expect(allowed('https://www.jobcenter-ge.de/antrag')).toBe(true);
    expect(allowed('https://jobcenter.digital/')).toBe(true);
    expect(allowed('https://example.org/')).toBe(false);
    expect(allowed('https://jobcenter-ge.de.example.org/')).toBe(false);
    expect(allowed('http://127.0.0.2:8787/')).toBe(false);
  });

  it('turns a page address or an origin from the policy into the pattern of its whole site', () => {
    expect(sitePattern('https://fachverfahren.intern:8443/akte/1?x=2')).toBe('https://fachverfahren.intern/*');
    expect(sitePattern('chrome://extensions')).toBeUndefined();
    expect(toPattern('https://fachverfahren.intern')).toBe('https://fachverfahren.intern/*');
    expect(toPattern('https://*.intern.example/*')).toBe('https://*.intern.example/*');
  });
});
