/**
 * What the widget costs a Jobcenter page that a claimant only visits: the main thread's tasks in which the
 * widget's code runs while the page loads with the widget closed, read from Chromium's trace
 * (main-thread-trace.ts; first visit, and a returning visitor whose device answers the boot), with the same
 * page's whole main-thread time without the widget, in the same run, beside it; and the time from the first click on the launcher
 * until the first panel shows, on a cold cache from loopback. Budgets: under 2 ms added per load (first
 * visit), under 150 ms to the first panel. The sizes come from the build's own report (dist/widget).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoSite, WIDGET_FILES } from '../../server/demo-site';
import { launchBrowser } from '../e2e/support/browser';
import type { Benchmark, BenchRow } from './harness';
import { notePress, panelShownAt, pressedAt } from './first-panel-timing';
import { traceLoad, type MainThreadCost } from './main-thread-trace';

const PAGES = ['/wba.html', '/buergergeld/', '/postfach.html', '/kooperationsplan.html', '/veraenderungsmitteilung.html'];
const LOADS_PER_PAGE = 9;
const LAUNCHER = 'mitgestalten-overlay .mg-dock';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The launcher is in place and the boot has finished. */
const settled = (withWidget: boolean) => async (page: Page) => {
  if (withWidget) await page.locator(LAUNCHER).waitFor();
  await page.waitForTimeout(600);
};

const bench: Benchmark = {
  title: 'Seitenaufruf mit Widget (geschlossen) und erster Klick',
  baseline: 'dieselbe Seite ohne Widget, Hauptthread insgesamt',
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
      // The menu shows before the device has made its store (it loads beside the menu): closed any sooner, the page
      // leaves no store behind, and every "returning" load below would be a first visit again.
      await warm.waitForFunction(async () => (await indexedDB.databases()).some((database) => database.name === 'mitgestalten'));
      await warm.close();

      const widgetScripts = `${portal.url}/widget/`;
      for (const path of PAGES) {
        const first: MainThreadCost[] = [];
        const again: MainThreadCost[] = [];
        const theirs: MainThreadCost[] = [];
        // Interleaved, so that whatever else the machine does weighs on all alike.
        for (let load = 0; load < LOADS_PER_PAGE; load++) {
          first.push(await traceLoad(firstVisit, `${portal.url}${path}`, { scriptPrefix: widgetScripts, settled: settled(true) }));
          again.push(await traceLoad(returning, `${portal.url}${path}`, { scriptPrefix: widgetScripts, settled: settled(true) }));
          theirs.push(await traceLoad(plainContext, `${plain.url}${path}`, { scriptPrefix: widgetScripts, settled: settled(false) }));
        }
        const longest = Math.max(...first.map((cost) => cost.longestRunMs));
        rows.push({
          task: `${path}: Laufzeit des Widget-Codes beim Laden, Erstbesuch (Median aus ${LOADS_PER_PAGE})`,
          oursMs: median(first.map((cost) => cost.ourCodeMs)),
          baselineMs: median(theirs.map((cost) => cost.allTasksMs)),
          note: `Budget < 2 ms; längster Lauf ${longest.toFixed(1)} ms; wiederkehrend ${median(again.map((cost) => cost.ourCodeMs)).toFixed(1)} ms, längster Lauf ${Math.max(...again.map((cost) => cost.longestRunMs)).toFixed(1)} ms`,
        });
      }

      const clicks: number[] = [];
      for (let run = 0; run < 5; run++) {
        // Cold: a new context has an empty HTTP cache, so the panels' chunks come over loopback now.
        const context = await browser.newContext({ locale: 'de-DE' });
        const page = await context.newPage();
        await page.goto(`${portal.url}/wba.html`);
        await page.locator(LAUNCHER).waitFor();
        // Timed from the press to the first frame that draws the menu (first-panel-timing.ts), as the extension's
        // first click: the pointer arrives first and the press follows at once.
        await notePress(page);
        await page.getByRole('button', { name: 'Verbesserung vorschlagen' }).hover();
        await page.mouse.down();
        await page.mouse.up();
        const shown = await panelShownAt(page.mainFrame(), 'Verbesserung vorschlagen', 'mitgestalten-overlay');
        clicks.push(shown - (await pressedAt(page)));
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
