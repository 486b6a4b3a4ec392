import { fileURLToPath } from 'node:url';
import type { Benchmark } from './harness';
import { openInChromium } from './in-chromium';

type Figures = { addMs: number; listMs: number; countMs: number; listed: number };

const bench: Benchmark = {
  title: 'Lokaler Speicher in Chromium: 10.000 Vorschläge auf 100 Seiten (lib/store mit Schemaprüfung gegen reines idb)',
  baseline: 'idb ohne Prüfung',
  async run() {
    const { page, close } = await openInChromium(fileURLToPath(new URL('./store-in-page.ts', import.meta.url)), 'StoreBench');
    try {
      const ours = await page.evaluate(() => (window as any).StoreBench.ours() as Promise<Figures>);
      const baseline = await page.evaluate(() => (window as any).StoreBench.baseline() as Promise<Figures>);
      if (ours.listed !== baseline.listed) throw new Error(`unterschiedliche Ergebnisse: ${ours.listed} gegen ${baseline.listed}`);
      return [
        { task: '10.000 Vorschläge einzeln speichern', oursMs: ours.addMs, baselineMs: baseline.addMs, note: `${Math.round(10_000 / (ours.addMs / 1000))} pro s` },
        { task: 'Vorschläge einer Seite auflisten (Median)', oursMs: ours.listMs, baselineMs: baseline.listMs, note: `${ours.listed} Treffer` },
        { task: 'Vorschläge eines Status zählen (Median)', oursMs: ours.countMs, baselineMs: baseline.countMs },
      ];
    } finally {
      await close();
    }
  },
};

export default bench;
