// Interoperability and long pages, with data from the Hypothesis client that is read from
// ../shared/external/hypothesis-client at run time (never copied into this repository).
// Where that folder is missing, the benchmark says so and skips.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchRow, Benchmark } from './harness';
import type { BaselineResult, LongPageRow, runBaseline, runLongPage } from './anchoring-interop-in-page';
import { openInChromium } from './in-chromium';

const DATA = process.env.HYPOTHESIS_CLIENT_DATA ?? fileURLToPath(new URL('../../../shared/external/hypothesis-client/', import.meta.url));

interface InPage {
  runBaseline: typeof runBaseline;
  runLongPage: typeof runLongPage;
}

function inPage(page: Page) {
  return {
    baseline: (html: string, exported: unknown) =>
      page.evaluate(([h, e]) => (window as unknown as { Interop: InPage }).Interop.runBaseline(h as string, e as never), [html, exported] as const),
    longPage: (html: string, name: string, count: number) =>
      page.evaluate(([h, n, c]) => (window as unknown as { Interop: InPage }).Interop.runLongPage(h as string, n as string, c as number), [html, name, count] as const),
  };
}

const bench: Benchmark = {
  title: 'Anchoring-Interoperabilität in Chromium: Annotationen aus Hypothesis-Baselines und lange Seiten',
  baseline: 'Hypothesis (approx-string-match)',
  async run(): Promise<BenchRow[]> {
    if (!existsSync(DATA)) {
      return [{ task: 'Hypothesis-Daten', oursMs: 0, note: `übersprungen: ${DATA} fehlt (HYPOTHESIS_CLIENT_DATA setzen)` }];
    }
    const { page, close } = await openInChromium(fileURLToPath(new URL('./anchoring-interop-in-page.ts', import.meta.url)), 'Interop');
    const run = inPage(page);
    const rows: BenchRow[] = [];
    const failures: string[] = [];
    try {
      for (const name of ['minimal', 'wikipedia-regression-testing']) {
        const html = readFileSync(`${DATA}/html-baselines/${name}.html`, 'utf8');
        const exported = JSON.parse(readFileSync(`${DATA}/html-baselines/${name}.json`, 'utf8'));
        const result: BaselineResult = await run.baseline(html, exported);
        rows.push({
          task: `Baseline ${name}: ${result.quotes} exportierte Zitate`,
          oursMs: result.oursMs,
          baselineMs: result.baselineMs,
          note: `wir: ${result.oursFound}/${result.quotes} gefunden; Hypothesis: ${result.baselineFound}/${result.quotes}`,
        });
        failures.push(...result.misses.map((miss) => `${name}: ${miss}`));
      }
      const tolstoy = readFileSync(`${DATA}/long-pages/tolstoy.html`, 'utf8');
      const longRows: LongPageRow[] = await run.longPage(tolstoy, 'Anna Karenina', 200);
      for (const row of longRows) {
        rows.push({
          task: row.task,
          oursMs: row.oursMs,
          baselineMs: row.baselineMs,
          note: `${row.textChars.toLocaleString('de-DE')} Zeichen; richtig: wir ${row.oursCorrect}/${row.count} (${row.oursWrong} falsch), Hypothesis ${row.baselineCorrect}/${row.count} (${row.baselineWrong} falsch)`,
        });
      }
    } finally {
      await close();
    }
    // Interoperability is a promise to other tools: a missed quote fails the run.
    if (failures.length > 0) throw new Error(`Nicht gefundene Zitate aus Hypothesis-Exporten:\n${failures.join('\n')}`);
    return rows;
  },
};

export default bench;
