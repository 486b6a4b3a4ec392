/**
 * What the extension costs a page that a person only visits: main-thread time and long tasks added to
 * the page's load with the overlay closed and no suggestions on the page, against the same page in a
 * browser without the extension, in the same run; the code that runs on load, gzipped; and the time
 * from the first click on the launcher until the first panel shows in its frame (the page agent is injected
 * and the panels' frame loads while the pointer is on the launcher and on the click, as a person's would). Budgets: under 5 ms added per load, no long task of ours, at most 15 kB gzip on load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoSite } from '../../server/demo-site';
import { EXTENSION_DIR, launchBrowser, launchWithExtension } from '../e2e/support/browser';
import { dialogIfAny, launcher } from '../e2e/support/overlay';
import type { Benchmark, BenchRow } from './harness';

const PAGES = ['/wba.html', '/buergergeld/', '/postfach.html', '/kooperationsplan.html', '/veraenderungsmitteilung.html'];
const LOADS_PER_PAGE = 9;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Load `url` and read the renderer's own accounting of main-thread work, once the page is quiet. */
async function loadCost(context: BrowserContext, url: string, waitForLauncher: boolean) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number }).longTasks = 0;
    new PerformanceObserver((list) => ((window as unknown as { longTasks: number }).longTasks += list.getEntries().length)).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (waitForLauncher) await launcher(page).waitFor();
  // The boot answers after `load`; give it, and anything else, time to finish.
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number }).longTasks);
  await page.close();
  return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), longTasks };
}

/**
 * From the press of the button until the menu shows. The pointer arrives on the launcher first (that starts
 * preparing the panels) and the press follows after `dwellMs`: 0 is a robot, about 200 ms a person.
 */
async function firstPanelMs(page: Page, dwellMs: number): Promise<number> {
  await launcher(page).hover();
  await page.waitForTimeout(dwellMs);
  const start = performance.now();
  await page.mouse.down();
  await page.mouse.up();
  await (await dialogIfAny(page, 'Verbesserung vorschlagen')).waitFor();
  return performance.now() - start;
}

const bench: Benchmark = {
  title: 'Seitenaufruf mit Erweiterung (Overlay geschlossen, keine Vorschläge auf der Seite)',
  baseline: 'dieselbe Seite ohne Erweiterung',
  async run() {
    const site = await startDemoSite({ port: 0 });
    const withExtension = await launchWithExtension();
    const plain = await launchBrowser();
    const plainContext = await plain.newContext({ locale: 'de-DE' });
    const rows: BenchRow[] = [];
    try {
      for (const path of PAGES) {
        const url = `${site.url}${path}`;
        const ours: Array<Awaited<ReturnType<typeof loadCost>>> = [];
        const theirs: Array<Awaited<ReturnType<typeof loadCost>>> = [];
        // Interleaved, so that whatever else the machine does weighs on both alike.
        for (let load = 0; load < LOADS_PER_PAGE; load++) {
          ours.push(await loadCost(withExtension.context, url, true));
          theirs.push(await loadCost(plainContext, url, false));
        }
        const script = median(ours.map((cost) => cost.scriptMs));
        const baseline = median(theirs.map((cost) => cost.scriptMs));
        const tasks = median(ours.map((cost) => cost.taskMs)) - median(theirs.map((cost) => cost.taskMs));
        const longTasks = Math.max(...ours.map((cost) => cost.longTasks)) - Math.max(...theirs.map((cost) => cost.longTasks));
        rows.push({
          task: `${path}: Skriptzeit beim Laden (Median aus ${LOADS_PER_PAGE})`,
          oursMs: script,
          baselineMs: baseline,
          note: `+${(script - baseline).toFixed(2)} ms Skript, +${tasks.toFixed(2)} ms Hauptthread (Budget < 5 ms); lange Aufgaben zusätzlich: ${longTasks}`,
        });
      }

      for (const dwellMs of [0, 200]) {
        const clicks: number[] = [];
        for (let run = 0; run < 5; run++) {
          const page = await withExtension.context.newPage();
          await page.goto(`${site.url}/wba.html`);
          await launcher(page).waitFor();
          clicks.push(await firstPanelMs(page, dwellMs));
          await page.close();
        }
        rows.push({
          task: `Erster Klick bis zum ersten Feld, ${dwellMs} ms nachdem der Zeiger auf dem Knopf ankam (Median aus 5)`,
          oursMs: median(clicks),
          note: 'Budget < 150 ms; Seitenagent und Frame der Panels laden, sobald der Zeiger auf dem Knopf ist',
        });
      }

      const onLoad = readFileSync(join(EXTENSION_DIR, 'page-boot.js'));
      const onFirstUse = readFileSync(join(EXTENSION_DIR, 'overlay.js'));
      rows.push({
        task: 'Code beim Seitenaufruf / beim ersten Klick',
        oursMs: 0,
        note: `${(gzipSync(onLoad).length / 1000).toFixed(1)} kB gzip beim Laden (Budget ≤ 15 kB), ${(gzipSync(onFirstUse).length / 1000).toFixed(1)} kB gzip beim ersten Klick; je Seite ein Sprachkatalog`,
      });
    } finally {
      await withExtension.close();
      await plain.close();
      await site.close();
    }
    return rows;
  },
};

export default bench;
