import { fileURLToPath } from 'node:url';
import type { Benchmark } from './harness';
import type { BenchFigures, Rates, runAnchoringBench } from './anchoring-in-page';
import { openInChromium } from './in-chromium';

function percent(rates: Rates): string {
  const total = rates.correct + rates.wrong + rates.missing;
  return `${((100 * rates.correct) / total).toFixed(1)} % richtig, ${rates.wrong} falsch, ${rates.missing} nicht gefunden`;
}

const bench: Benchmark = {
  title: 'Anchoring in Chromium: 1.000 Textstellen und 1.000 Felder auf einer erzeugten Formularseite (ca. 1 MB HTML)',
  baseline: 'Hypothesis (approx-string-match)',
  async run() {
    const { page, close } = await openInChromium(fileURLToPath(new URL('./anchoring-in-page.ts', import.meta.url)), 'AnchoringBench');
    try {
      const figures = await page.evaluate(() =>
        (window as unknown as { AnchoringBench: { runAnchoringBench: typeof runAnchoringBench } }).AnchoringBench.runAnchoringBench(),
      );
      return figures.rows.map((row: BenchFigures) => ({
        task: row.task,
        oursMs: row.oursMs,
        baselineMs: row.baselineMs,
        note: `wir: ${percent(row.ours)}; Hypothesis: ${percent(row.baseline)}`,
      }));
    } finally {
      await close();
    }
  },
};

export default bench;
