import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

export interface ExtensionVariant {
  dir: string;
  remove(): void;
}

/**
 * A copy of the built extension whose host permissions already include `origins`. It stands in for the
 * person's "Allow" in the browser's permission prompt, which no automation can click (it is browser UI,
 * not a page): `permissions.request` then resolves at once, and everything after the prompt runs for real.
 * The copy's content script still matches only the default sites.
 */
export function extensionGranting(origins: string[]): ExtensionVariant {
  const dir = mkdtempSync(join(tmpdir(), 'mitgestalten-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
