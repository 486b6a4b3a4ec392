// The anchoring corpus (tests/fixtures/anchoring/corpus.ts) in real Chromium, on the demo pages as the
// demo site serves them (strict CSP, the Bürgergeld app's own script switching steps).
// The same cases run in happy-dom in lib/anchoring/corpus.test.ts.
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type RunningSite } from '../../server/demo-site';
import { CORPUS, PAGE_URLS } from '../fixtures/anchoring/corpus';
import type { CaseResult, runCase } from '../fixtures/anchoring/run-case';
import { launchBrowser } from './support/browser';

let site: RunningSite;
let browser: Browser;
let page: Page;
let bundle: string;
const results: CaseResult[] = [];

/** What the bundle puts on the page's global object. */
interface CorpusBundle {
  runCase: typeof runCase;
  CORPUS: typeof CORPUS;
}

beforeAll(async () => {
  const fixtures = new URL('../fixtures/anchoring/', import.meta.url).pathname;
  const output = await build({
    stdin: { contents: "export { runCase } from './run-case'; export { CORPUS } from './corpus';", resolveDir: fixtures, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'MitgestaltenCorpus',
  });
  bundle = output.outputFiles[0]!.text;
  [site, browser] = await Promise.all([startDemoSite({ port: 0 }), launchBrowser()]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  const passed = results.filter((result) => result.ok).length;
  console.log(`Anchoring-Korpus (Chromium): ${passed}/${results.length} richtig (${((100 * passed) / results.length).toFixed(1)} %)`);
});

describe(`anchoring corpus in Chromium (${CORPUS.length} cases)`, () => {
  it.each(CORPUS.map((testCase, index) => [testCase.name, index] as const))('%s', async (_name, index) => {
    await page.goto(site.url + PAGE_URLS[CORPUS[index]!.page]);
    // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not apply.
    await page.evaluate(bundle);
    const result = await page.evaluate((i) => {
      const corpus = (globalThis as unknown as { MitgestaltenCorpus: CorpusBundle }).MitgestaltenCorpus;
      return corpus.runCase(document, corpus.CORPUS[i]!);
    }, index);
    results.push(result);
    expect(result.ok, result.detail).toBe(true);
  });
});
