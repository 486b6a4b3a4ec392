/**
 * What the widget costs a Jobcenter page that a claimant only visits: main-thread time added to the page's
 * load with the widget closed, against the same page without the widget, in the same run (first visit, and
 * a returning visitor whose device answers the boot); and the time from the first click on the launcher
 * until the first panel shows, on a cold cache from loopback. Budgets: under 2 ms added per load (first
 * visit), under 150 ms to the first panel. The sizes come from the build's own report (dist/widget).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { startDemoSite, WIDGET_FILES } from '../../server/demo-site';
import { launchBrowser } from '../e2e/support/browser';
import type { Benchmark, BenchRow } from './harness';

const PAGES = ['/wba.html', '/buergergeld/', '/postfach.html', '/kooperationsplan.html', '/veraenderungsmitteilung.html'];
const LOADS_PER_PAGE = 9;
const LAUNCHER = 'mitgestalten-overlay .mg-dock';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Load `url` and read the renderer's own accounting of main-thread work, once the page is quiet. */
async function loadCost(context: BrowserContext, url: string, withWidget: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (withWidget) await page.locator(LAUNCHER).waitFor();
  // The boot finishes after `load`; give it, and anything else, time to finish.
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
  await page.close();
  return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration') };
}

const bench: Benchmark = {
  title: 'Seitenaufruf mit Widget (geschlossen) und erster Klick',
  baseline: 'dieselbe Seite ohne Widget',
  async run() {
    const plain = await startDemoSite({ port: 0 });
    const portal = await startDemoSite({ port: 0, widget: { endpoint: 'http://127.0.0.1:9/' } });
    const browser = await launchBrowser();
    const rows: BenchRow[] = [];
    try {
      const plainContext = await browser.newContext({ locale: 'de-DE' });
      const firstVisit = await browser.newContext({ locale: 'de-DE' });
      // A returning visitor: this origin has the widget's store, so the device answers every boot.
      const returning = await browser.newContext({ locale: 'de-DE' });
      const warm = await returning.newPage();
      await warm.goto(`${portal.url}/wba.html`);
      await warm.locator(LAUNCHER).click();
      await warm.getByRole('dialog', { name: 'Verbesserung vorschlagen' }).waitFor();
      await warm.close();

      for (const path of PAGES) {
        const ours: number[] = [];
        const again: number[] = [];
        const theirs: number[] = [];
        const ourTasks: number[] = [];
        const theirTasks: number[] = [];
        // Interleaved, so that whatever else the machine does weighs on all alike.
        for (let load = 0; load < LOADS_PER_PAGE; load++) {
          // A first visit with an empty store: clear it, the chunks stay in the HTTP cache as on a second page.
          const first = await loadCost(firstVisit, `${portal.url}${path}`, true);
          ours.push(first.scriptMs);
          ourTasks.push(first.taskMs);
          again.push((await loadCost(returning, `${portal.url}${path}`, true)).scriptMs);
          const base = await loadCost(plainContext, `${plain.url}${path}`, false);
          theirs.push(base.scriptMs);
          theirTasks.push(base.taskMs);
        }
        const baseline = median(theirs);
        rows.push({
          task: `${path}: Skriptzeit beim Laden (Median aus ${LOADS_PER_PAGE})`,
          oursMs: median(ours),
          baselineMs: baseline,
          note: `+${(median(ours) - baseline).toFixed(2)} ms Skript, +${(median(ourTasks) - median(theirTasks)).toFixed(2)} ms Hauptthread (Budget < 2 ms); wiederkehrend: +${(median(again) - baseline).toFixed(2)} ms`,
        });
      }

      const clicks: number[] = [];
      for (let run = 0; run < 5; run++) {
        // Cold: a new context has an empty HTTP cache, so the panels' chunks come over loopback now.
        const context = await browser.newContext({ locale: 'de-DE' });
        const page = await context.newPage();
        await page.goto(`${portal.url}/wba.html`);
        await page.locator(LAUNCHER).waitFor();
        const menu = page.getByRole('dialog', { name: 'Verbesserung vorschlagen' });
        const start = performance.now();
        await page.getByRole('button', { name: 'Verbesserung vorschlagen' }).click();
        await menu.waitFor();
        clicks.push(performance.now() - start);
        await context.close();
      }
      rows.push({ task: 'Erster Klick bis zum ersten Feld, kalter Cache (Rest wird dabei geladen)', oursMs: median(clicks), note: 'Budget < 150 ms' });

      const sizes = JSON.parse(readFileSync(join(WIDGET_FILES, 'size-report.json'), 'utf8')) as { files: Record<string, number>; pageView: number; firstPanel: number; oneSuggestion: number };
      const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      rows.push({
        task: 'Code (gzip) beim Seitenaufruf / erster Klick / ein Vorschlag',
        oursMs: 0,
        note: `Lader ${kb(sizes.files['mitgestalten.js']!)} (Budget ≤ 4 kB), Seitenaufruf ${kb(sizes.pageView)}, erster Klick ${kb(sizes.firstPanel)} (Budget ≤ 25 kB), ein Vorschlag ${kb(sizes.oneSuggestion)} (Budget ≤ 60 kB)`,
      });
    } finally {
      await browser.close();
      await plain.close();
      await portal.close();
    }
    return rows;
  },
};

export default bench;
