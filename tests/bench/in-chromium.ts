import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { startDemoSite } from '../../server/demo-site';
import { launchBrowser } from '../e2e/support/browser';

/**
 * Bundle `entry` for the browser and open it in a Chromium page on a localhost origin (IndexedDB needs
 * one), exposing its exports as `window[globalName]`. Call the returned `close` when done.
 */
export async function openInChromium(entry: string, globalName: string): Promise<{ page: Page; close(): Promise<void> }> {
  const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName, target: 'es2022' });
  const site = await startDemoSite({ port: 0 });
  const browser = await launchBrowser();
  // The demo pages' strict CSP forbids inline scripts; a benchmark may inject its own.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return {
    page,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
