/**
 * What the extension costs a page that a person only visits, with the overlay closed and no suggestions on
 * the page: the main thread's tasks in which the extension's code runs, read from Chromium's trace
 * (main-thread-trace.ts), with the same page's whole main-thread time in a browser without the extension, in
 * the same run, beside it; the code that runs on load, gzipped; and the time from the first click on the
 * launcher until the first panel shows in its frame (the page agent is injected and the panels' frame loads
 * while the pointer is on the launcher and on the click, as a person's would). Beside ours, in the same run, a
 * hand-written script with the same pieces (floor-page-view.js): less than any boot can cost on this machine.
 * Budgets: under 5 ms added per load, no long task of ours, at most 15 kB gzip on load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launcherCss } from '../../components/launcher.css';
import { startDemoSite } from '../../server/demo-site';
import { EXTENSION_DIR, launchBrowser, launchWithExtension } from '../e2e/support/browser';
import { extensionVariant } from '../e2e/support/extension-variant';
import { notePress, panelShownAt, pressedAt } from './first-panel-timing';
import { traceLoad, type MainThreadCost } from './main-thread-trace';
import { launcher, panelsIfAny } from '../e2e/support/overlay';
import type { Benchmark, BenchRow } from './harness';

const PAGES = ['/wba.html', '/buergergeld/', '/postfach.html', '/kooperationsplan.html', '/veraenderungsmitteilung.html'];
const LOADS_PER_PAGE = 9;

/** The hand-written floor (floor-page-view.js) with the launcher's real stylesheet in place. */
const floorPageView = () => readFileSync(new URL('./floor-page-view.js', import.meta.url), 'utf8').replace('LAUNCHER_CSS', JSON.stringify(launcherCss));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The launcher is in place and the boot's deferred work (placing the launcher off the page's controls) is done. */
const settled = (withLauncher: boolean) => async (page: Page) => {
  if (withLauncher) await launcher(page).waitFor();
  await page.waitForTimeout(600);
};

/**
 * From the press of the button until the menu shows (first-panel-timing.ts). The pointer arrives on the launcher
 * first (that starts preparing the panels) and the press follows after `dwellMs`: 0 is a robot, about 200 ms a person.
 */
async function firstPanelMs(page: Page, dwellMs: number): Promise<number> {
  await notePress(page);
  await launcher(page).hover();
  await page.waitForTimeout(dwellMs);
  await page.mouse.down();
  await page.mouse.up();
  // The frame is made when the pointer arrives; its panel shows once the page agent is there.
  let frame = panelsIfAny(page);
  while (!frame) {
    await page.waitForTimeout(5);
    frame = panelsIfAny(page);
  }
  const shown = await panelShownAt(frame, 'Verbesserung vorschlagen');
  return shown - (await pressedAt(page));
}

const bench: Benchmark = {
  title: 'Seitenaufruf mit Erweiterung (Overlay geschlossen, keine Vorschläge auf der Seite)',
  baseline: 'dieselbe Seite ohne Erweiterung, Hauptthread insgesamt',
  async run() {
    const site = await startDemoSite({ port: 0 });
    const withExtension = await launchWithExtension();
    // The same extension with an empty script on every page view: what Chromium itself charges a page for any
    // extension's content script (its own isolated world with the extension's APIs), before a line of ours.
    const emptyVariant = extensionVariant({ pageBoot: 'void 0;\n' });
    const withEmptyScript = await launchWithExtension({ extensionDir: emptyVariant.dir });
    // And with the least a script can do that still does what a page view needs, written by hand: a lower bound
    // for any design of the boot on this machine.
    const floorVariant = extensionVariant({ pageBoot: floorPageView() });
    const withFloor = await launchWithExtension({ extensionDir: floorVariant.dir });
    const plain = await launchBrowser();
    const plainContext = await plain.newContext({ locale: 'de-DE' });
    const rows: BenchRow[] = [];
    try {
      const scriptPrefix = `chrome-extension://${withExtension.extensionId}/`;
      const emptyPrefix = `chrome-extension://${withEmptyScript.extensionId}/`;
      const floorPrefix = `chrome-extension://${withFloor.extensionId}/`;
      const floors: number[] = [];
      let coldMs: number | undefined;
      for (const path of PAGES) {
        const url = `${site.url}${path}`;
        const ours: MainThreadCost[] = [];
        const empty: MainThreadCost[] = [];
        const floor: MainThreadCost[] = [];
        const theirs: MainThreadCost[] = [];
        // Interleaved, so that whatever else the machine does weighs on both alike.
        for (let load = 0; load < LOADS_PER_PAGE; load++) {
          ours.push(await traceLoad(withExtension.context, url, { scriptPrefix, settled: settled(true) }));
          empty.push(await traceLoad(withEmptyScript.context, url, { scriptPrefix: emptyPrefix, settled: settled(false) }));
          floor.push(await traceLoad(withFloor.context, url, { scriptPrefix: floorPrefix, settled: settled(true) }));
          theirs.push(await traceLoad(plainContext, url, { scriptPrefix, settled: settled(false) }));
        }
        // The browser's first page view compiles the boot without a code cache: once per browser start.
        coldMs ??= ours[0]!.ourCodeMs;
        const added = median(ours.map((cost) => cost.ourCodeMs));
        const chromium = median(empty.map((cost) => cost.ourCodeMs));
        const handWritten = median(floor.map((cost) => cost.ourCodeMs));
        floors.push(handWritten);
        const longest = Math.max(...ours.map((cost) => cost.longestRunMs));
        rows.push({
          task: `${path}: Laufzeit des Mitgestalten-Codes beim Laden (Median aus ${LOADS_PER_PAGE})`,
          oursMs: added,
          baselineMs: median(theirs.map((cost) => cost.allTasksMs)),
          note: `Budget < 5 ms; davon ${chromium.toFixed(1)} ms für ein leeres Inhaltsskript (Chromium), ${(added - chromium).toFixed(1)} ms unser Code; von Hand geschriebener Boden ${handWritten.toFixed(1)} ms; längster Lauf ${longest.toFixed(1)} ms (lang ab 50 ms); Hauptthread insgesamt mit / ohne Erweiterung ${median(ours.map((cost) => cost.allTasksMs)).toFixed(0)} / ${median(theirs.map((cost) => cost.allTasksMs)).toFixed(0)} ms`,
        });
      }
      rows.push({
        task: 'Boden: von Hand geschriebenes Skript mit denselben Stücken (floor-page-view.js), Median der Seiten',
        oursMs: median(floors),
        note: `je Seite ${floors.map((ms) => ms.toFixed(1)).join(' / ')} ms; untere Grenze: tut weniger als jeder echte Boot`,
      });
      rows.push({
        task: 'Erster Seitenaufruf nach dem Start des Browsers (Boot noch nicht im Code-Cache)',
        oursMs: coldMs ?? 0,
        note: 'einmal je Browserstart; jeder weitere Aufruf wie oben',
      });

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
      await withEmptyScript.close();
      emptyVariant.remove();
      await withFloor.close();
      floorVariant.remove();
      await plain.close();
      await site.close();
    }
    return rows;
  },
};

export default bench;
