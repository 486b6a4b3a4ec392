// The triage board's budgets (issue 14) in Chromium: 100,000 suggestions from 200 batch files imported
// (read, checked whole, combined) and clustered in under 3 s, against comparing every pair exactly on
// a sample whose cost is extrapolated, with the clusters' agreement on that sample; filter and search
// under 100 ms; a decision on a 1,000-suggestion cluster under 500 ms. And the board's own import into
// IndexedDB, against the import as it was (a write per suggestion, then everything read back).
import { fileURLToPath } from 'node:url';
import type { Benchmark } from './harness';
import { openInChromium } from './in-chromium';

type Figures = Awaited<ReturnType<typeof import('./triage-in-page').run>>;

const SAMPLE = 2_000;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

const bench: Benchmark = {
  title: 'Sichtungsboard in Chromium: 100.000 Vorschläge aus 200 Dateien (MinHash/LSH gegen paarweisen Vergleich)',
  baseline: 'paarweise, hochgerechnet',
  async run() {
    const { page, close } = await openInChromium(fileURLToPath(new URL('./triage-in-page.ts', import.meta.url)), 'TriageBench');
    try {
      const f = await page.evaluate((sample) => (window as any).TriageBench.run(sample) as Promise<Figures>, SAMPLE);
      const factor = (f.total / f.sampleSize) ** 2;
      return [
        { task: `${f.total.toLocaleString('de-DE')} Vorschläge aus 200 Dateien lesen und prüfen`, oursMs: f.importMs, note: `${f.repeated} doppelt` },
        { task: 'clustern', oursMs: f.clusterMs, baselineMs: f.naiveMs * factor, note: `${f.clusters} Cluster, größter ${f.largest}; paarweise ${f.sampleSize}: ${f.naiveMs.toFixed(0)} ms × ${factor}` },
        { task: 'lesen, prüfen und clustern (Budget 3.000 ms)', oursMs: f.importMs + f.clusterMs },
        { task: `Übereinstimmung auf ${f.sampleSize} Vorschlägen`, oursMs: f.sampleMs, baselineMs: f.naiveMs, note: `Paare: Präzision ${percent(f.agreement.precision)}, Trefferquote ${percent(f.agreement.recall)}, Rand ${percent(f.agreement.rand)}` },
        { task: `… nur Textdubletten (jeder Vorschlag eigenes Ziel)`, oursMs: f.textMs, baselineMs: f.textNaiveMs, note: `${f.textClusters} Cluster; Paare: Präzision ${percent(f.textAgreement.precision)}, Trefferquote ${percent(f.textAgreement.recall)}, Rand ${percent(f.textAgreement.rand)}` },
        { task: 'ins Board importieren: lesen, prüfen, in IndexedDB speichern (im Worker des Boards)', oursMs: f.boardImportMs, baselineMs: f.oneByOneMs, note: 'Vergleich: wie bisher, je Vorschlag ein Eintrag, danach alles zurücklesen und neu prüfen' },
        { task: 'Board öffnen: alle Vorschläge aus IndexedDB lesen und prüfen', oursMs: f.reloadMs },
        { task: 'Suchindex aufbauen (einmal)', oursMs: f.indexMs },
        { task: 'Volltextsuche (Budget 100 ms)', oursMs: f.searchMs },
        { task: 'Filter Status, Rolle, Dienst (Budget 100 ms)', oursMs: f.filterMs, note: `${f.hits} Treffer` },
        { task: 'Entscheidung für 1.000er-Cluster (Budget 500 ms)', oursMs: f.decisionMs },
      ];
    } finally {
      await close();
    }
  },
};

export default bench;
