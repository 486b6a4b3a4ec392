// @vitest-environment happy-dom
// The anchoring corpus (tests/fixtures/anchoring/corpus.ts) on the demo pages, in happy-dom.
// The same cases run in Chromium in tests/e2e/anchoring-corpus.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, PAGES, type PageName } from '../../tests/fixtures/anchoring/corpus';
import { runCase, type CaseResult } from '../../tests/fixtures/anchoring/run-case';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '../../demo');
const html = new Map<PageName, string>();

/** Load a demo page into the test document, without its scripts and stylesheets (no server here). */
function load(page: PageName): void {
  if (!html.has(page)) {
    const source = readFileSync(join(DEMO, PAGES[page]), 'utf8');
    html.set(page, source.replace(/<!doctype[^>]*>/i, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, ''));
  }
  document.documentElement.innerHTML = html.get(page)!;
}

const results: CaseResult[] = [];

describe(`anchoring corpus in happy-dom (${CORPUS.length} cases)`, () => {
  it.each(CORPUS.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    load(testCase.page);
    const result = runCase(document, testCase);
    results.push(result);
    expect(result.ok, result.detail).toBe(true);
  });

  afterAll(() => {
    const passed = results.filter((result) => result.ok).length;
    console.log(`Anchoring-Korpus (happy-dom): ${passed}/${results.length} richtig (${((100 * passed) / results.length).toFixed(1)} %)`);
  });
});
