import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

export interface ExtensionVariant {
  dir: string;
  remove(): void;
}

export interface VariantOptions {
  /**
   * Host permissions the copy has from its install on. They stand in for the person's "Allow" in the browser's
   * permission prompt, which no automation can click (it is browser UI, not a page): `permissions.request`
   * then resolves at once, and everything after the prompt runs for real. The content script still matches
   * only the default sites.
   */
  grant?: string[];
  /** Code run in the background before the extension's own, e.g. a managed storage that answers slowly. */
  backgroundPrelude?: string;
  /** The script every page view runs, replaced (the page-load benchmark measures an empty one beside ours). */
  pageBoot?: string;
}

/** A copy of the built extension (Chrome), changed only as `options` say. */
export function extensionVariant(options: VariantOptions): ExtensionVariant {
  const dir = mkdtempSync(join(tmpdir(), 'mitgestalten-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  if (options.grant) {
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions = [...manifest.host_permissions, ...options.grant];
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  if (options.backgroundPrelude) {
    const background = join(dir, 'background.js');
    writeFileSync(background, `${options.backgroundPrelude}\n${readFileSync(background, 'utf8')}`);
  }
  if (options.pageBoot !== undefined) writeFileSync(join(dir, 'page-boot.js'), options.pageBoot);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
