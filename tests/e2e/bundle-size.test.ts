/**
 * Size budgets of the built extensions (`npm test` builds them first): what every page view runs must stay
 * small, since it runs on every page a caseworker opens all day, and no file of the package may be large
 * (issue 15: 100 KB gzip). `npm run size` prints the table per file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FILE_BUDGET_KB, packageSizes } from '../../scripts/package-size';
import { EXTENSION_DIR } from './support/browser';

const gzipKb = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file))).length / 1000;
const FIREFOX_DIR = join(EXTENSION_DIR, '..', 'firefox-mv3');


describe('the built extension', () => {
  it('runs at most 15 kB gzip on a page view: the launcher and the shortcut, no schemas, no panels, no catalogues', () => {
    expect(gzipKb('page-boot.js')).toBeLessThanOrEqual(15);
    const onLoad = readFileSync(join(EXTENSION_DIR, 'page-boot.js'), 'utf8');
    // Neither the privacy filter's placeholders nor a second language's words are in it.
    expect(onLoad).not.toContain('[IBAN entfernt]');
    expect(onLoad).not.toContain('Запропонувати покращення');
    // Nor anything that tells a page the extension is there (WXT's content-script wrapper posts such a message).
    expect(onLoad).not.toContain('postMessage');
  });

  it('loads the rest of the overlay as files of their own, on first use: the page agent, and the panels in their frame', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
    expect(manifest.content_scripts.flatMap((script) => script.js)).toEqual(['page-boot.js']);
    expect(gzipKb('overlay.js')).toBeGreaterThan(gzipKb('page-boot.js'));
    // The page agent carries no panel: nothing a person writes is ever handled in the page.
    const agent = readFileSync(join(EXTENSION_DIR, 'overlay.js'), 'utf8');
    expect(agent).not.toContain('Vorschlag speichern');
    expect(agent).not.toContain('Was ist schwierig oder unklar?');
    // Nor any schema: it parses nothing (lib/messaging/request.ts), and zod with lib/model was a third of it, built on the first click.
    expect(agent).not.toContain('_zod');
  });

  it.each([
    ['Chrome and Edge', EXTENSION_DIR],
    ['Firefox', FIREFOX_DIR],
  ])('%s: no file over 100 kB gzip', (_browser, dir) => {
    expect(existsSync(dir)).toBe(true);
    const tooLarge = packageSizes(dir).filter(({ gzipKb: size }) => size > FILE_BUDGET_KB);
    expect(tooLarge).toEqual([]);
  });
});
