import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** The system Chromium (Debian package `chromium`); no browser download works on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The built extension (`wxt build`), loaded unpacked. MITGESTALTEN_EXTENSION_DIR points at another
 * build, e.g. one made in a separate worktree while others rebuild this one.
 */
export const EXTENSION_DIR = process.env.MITGESTALTEN_EXTENSION_DIR ?? fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

// Without these, Chromium keeps trying to reach Google's services, which this network refuses.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** A plain headless Chromium for page-level tests (anchoring in a real engine, widget, axe). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** chrome-extension://<id> */
  extensionId: string;
  close(): Promise<void>;
}

/** What a test may choose about the device: a phone's viewport and touch, the locale, zoom. */
export type DeviceOptions = Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'locale' | 'deviceScaleFactor' | 'reducedMotion' | 'forcedColors'>;

/** Chromium with the built extension loaded unpacked, in a fresh profile that is removed on close. */
export async function launchWithExtension(options: { userDataDir?: string; device?: DeviceOptions; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'mitgestalten-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    // A caseworker's office browser speaks German; the overlay follows the browser's language.
    locale: 'de-DE',
    ...options.device,
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...QUIET_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
