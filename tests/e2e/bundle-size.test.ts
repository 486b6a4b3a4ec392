/**
 * Size budgets of the built extension (`npm test` builds it first): what every page view runs must stay
 * small, since it runs on every page a caseworker opens all day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

const gzipKb = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file))).length / 1000;

describe('the built extension', () => {
  it('runs at most 15 kB gzip on a page view: the launcher and the shortcut, no schemas, no panels, no catalogues', () => {
    expect(gzipKb('content-scripts/content.js')).toBeLessThanOrEqual(15);
    const onLoad = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    // Neither the privacy filter's placeholders nor a second language's words are in it.
    expect(onLoad).not.toContain('[IBAN entfernt]');
    expect(onLoad).not.toContain('Запропонувати покращення');
  });

  it('loads the rest of the overlay as a file of its own, on first use', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
    expect(manifest.content_scripts.flatMap((script) => script.js)).toEqual(['content-scripts/content.js']);
    expect(gzipKb('overlay.js')).toBeGreaterThan(gzipKb('content-scripts/content.js'));
  });
});
