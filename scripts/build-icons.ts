// `npm run icons`: the toolbar and store icons (public/icon/<size>.png) drawn from the one picture,
// public/icon.svg, by the system Chromium. The PNGs are committed, so a build needs neither.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** What Chrome, Edge and Firefox and their stores ask for. */
const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), await page.screenshot({ omitBackground: true }));
  }
} finally {
  await browser.close();
}
