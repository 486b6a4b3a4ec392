import { describe, expect, it } from 'vitest';
import { ScrubbedUrl } from '../model';
import { scrubUrl } from './index';
import { pathNeedsIdentifierCheck, scrubAddress } from './scrub-address';

describe('scrubUrl', () => {
  it.each([
    ['drops query and fragment', 'https://jobcenter.example/antrag/wba?step=3&kdnr=123A456789#hilfe', 'https://jobcenter.example/antrag/wba'],
    ['drops user name and password', 'https://max:geheim@jobcenter.example/portal', 'https://jobcenter.example/portal'],
    ['keeps the port', 'http://localhost:5173/demo/wba/schritt-3', 'http://localhost:5173/demo/wba/schritt-3'],
    ['replaces long digit runs', 'https://jobcenter.example/antrag/12345678/schritt/3', 'https://jobcenter.example/antrag/[id]/schritt/3'],
    ['replaces UUIDs', 'https://jobcenter.example/vorgang/3f2504e0-4f89-11d3-9a0c-0305e82c3301/upload', 'https://jobcenter.example/vorgang/[id]/upload'],
    ['replaces e-mail addresses, also encoded', 'https://portal.example/user/max%40web.de/profil', 'https://portal.example/user/[id]/profil'],
    ['replaces identifiers redact() knows', 'https://portal.example/bg/12345BG1234567/mitglieder', 'https://portal.example/bg/[id]/mitglieder'],
    ['replaces a customer number', 'https://portal.example/kunde/123A456789', 'https://portal.example/kunde/[id]'],
    ['replaces session tokens', 'https://portal.example/s/eyJhbGciOiJIUzI1NiJ9xYz/start', 'https://portal.example/s/[id]/start'],
    ['replaces hexadecimal ids', 'https://portal.example/doc/a3f9c2e4b5d6e7f8a9b0/view', 'https://portal.example/doc/[id]/view'],
    ['drops matrix parameters', 'https://portal.example/antrag;jsessionid=A1B2C3D4E5/start', 'https://portal.example/antrag/start'],
    ['keeps years, steps and readable slugs', 'https://jobcenter.example/news/2024/05/weiterbewilligungsantrag-2024-teil-2/', 'https://jobcenter.example/news/2024/05/weiterbewilligungsantrag-2024-teil-2/'],
    ['keeps the root', 'https://jobcenter.example/?q=1', 'https://jobcenter.example/'],
  ])('%s', (_, url, scrubbed) => {
    expect(scrubUrl(url)).toBe(scrubbed);
  });

  it('returns what the data model accepts as a page URL', () => {
    const scrubbed = scrubUrl('https://jobcenter.example/antrag/12345678/schritt/3?x=1#top');
    expect(ScrubbedUrl.safeParse(scrubbed).success).toBe(true);
  });

  it.each([
    ['a relative address', '/antrag/12345678?kdnr=1#x', '/antrag/[id]'],
    ['a local file, without the user name', 'file:///C:/Users/Max.Mustermann/Downloads/antrag.pdf', 'file:///C:/Users/[id]/Downloads/antrag.pdf'],
    ['a data URL, cut to its scheme', 'data:text/plain,IBAN%20DE89370400440532013000', 'data:'],
    ['about:blank', 'about:blank', 'about:'],
  ])('handles %s', (_, url, scrubbed) => {
    expect(scrubUrl(url)).toBe(scrubbed);
  });
});

describe('scrubAddress, the address filter with the identifier check passed in', () => {
  const never = () => {
    throw new Error('asked');
  };

  it.each([
    ['a readable path', 'https://jobcenter.example/buergergeld/persoenliche-daten?kdnr=123A456789'],
    ['an e-mail address', 'https://portal.example/user/max@web.de/profil'],
    ['a hexadecimal id of letters', 'https://portal.example/doc/abcdefabcdefabcdef/view'],
    ['a session token of letters', 'https://portal.example/s/eyJhbGciOiJIUzIsInR/start'],
    ['a user folder', 'file:///C:/Users/Max.Mustermann/Downloads/antrag.pdf'],
  ])('scrubs %s without a digit as scrubUrl does, without asking the check', (_, url) => {
    expect(pathNeedsIdentifierCheck(new URL(url).pathname)).toBe(false);
    expect(scrubAddress(url, never)).toBe(scrubUrl(url));
  });

  it('asks the check about a path segment with a digit, an escaped one included', () => {
    const asked: string[] = [];
    const check = (word: string) => (asked.push(word), word === 'A12B');
    expect(scrubAddress('https://portal.example/kunde/A12B/schritt-2', check)).toBe('https://portal.example/kunde/[id]/schritt-2');
    expect(asked).toEqual(['A12B', 'schritt-2']);
    expect(pathNeedsIdentifierCheck('/kunde/%31%32%33')).toBe(true);
    expect(pathNeedsIdentifierCheck('/buergergeld/wohnen')).toBe(false);
  });
});
