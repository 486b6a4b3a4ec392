import { fileURLToPath } from 'node:url';
import type { Benchmark } from './harness';
import type { ListFigures, runListBench } from './anchoring-list-in-page';
import { openInChromium } from './in-chromium';

/** Budget of issue 9: the list of fields on a 1,000-field form. */
const BUDGET_MS = 100;
const SIZES = [400, 800, 1000];

const bench: Benchmark = {
  title: 'Liste der Felder und Abschnitte in Chromium (Tastatur und Screenreader), erzeugte Formulare',
  baseline: 'ein Seitenindex je Eintrag (bisher)',
  async run() {
    const { page, close } = await openInChromium(fileURLToPath(new URL('./anchoring-list-in-page.ts', import.meta.url)), 'ListBench');
    try {
      const figures: ListFigures[] = await page.evaluate(
        (sizes) => (window as unknown as { ListBench: { runListBench: typeof runListBench } }).ListBench.runListBench(sizes),
        SIZES,
      );
      return figures.map((row) => ({
        task: `${row.fields.toLocaleString('de-DE')} Felder auflisten (${row.entries} Einträge)`,
        oursMs: row.oursMs,
        baselineMs: row.baselineMs,
        note: row.fields === 1000 ? `Budget < ${BUDGET_MS} ms: ${row.oursMs < BUDGET_MS ? 'eingehalten' : 'überschritten'}` : '',
      }));
    } finally {
      await close();
    }
  },
};

export default bench;
