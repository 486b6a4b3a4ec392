import type { BrowserContext } from 'playwright-core';

/** One event of Chromium's trace (the Trace Event Format), as far as the benchmarks read it. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string } };
}

export interface MainThreadCost {
  /** Every task of the page's main thread, added up: the page's own work and ours. */
  allTasksMs: number;
  /** The time scripts of `scriptPrefix` ran, added up, with the style and layout they forced: what that code cost the page. */
  ourCodeMs: number;
  /** The longest single run of our code: 50 ms or more is a long task a person can feel. */
  longestRunMs: number;
}

const ms = (microseconds: number) => microseconds / 1000;

/**
 * Load `url` with Chromium's tracing on and attribute the main thread's work: every run of a script whose
 * address starts with `scriptPrefix` (its evaluation, its timers, its message answers), with what happened
 * inside it (style and layout it forced, code it called). Whole tasks would not do: a page's parser-inserted
 * script runs inside the task that parses the whole page. Unlike the difference of two page loads, which
 * moves by tens of milliseconds with whatever else the machine does, this names the milliseconds our code takes.
 */
export async function traceLoad(context: BrowserContext, url: string, options: { scriptPrefix: string; settled: (page: import('playwright-core').Page) => Promise<void> }): Promise<MainThreadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await options.settled(page);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();

  // The page's main thread is the one that parsed its document.
  const parsing = events.find((event) => event.name === 'ParseHTML');
  if (!parsing) throw new Error(`No main thread found in the trace of ${url}`);
  const onMainThread = events.filter((event) => event.pid === parsing.pid && event.tid === parsing.tid && event.ph === 'X');
  const tasks = onMainThread.filter((event) => event.name === 'RunTask');
  const ourScripts = onMainThread.filter((event) => event.args?.data?.url?.startsWith(options.scriptPrefix));
  const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);
  // Only the outermost runs: a function our script calls shows up inside its evaluation too.
  const ourRuns = ourScripts.filter((run) => !ourScripts.some((outer) => outer !== run && outer.ts <= run.ts && end(outer) >= end(run) && (outer.ts < run.ts || end(outer) > end(run))));
  const total = (list: TraceEvent[]) => ms(list.reduce((sum, event) => sum + (event.dur ?? 0), 0));
  return {
    allTasksMs: total(tasks),
    ourCodeMs: total(ourRuns),
    longestRunMs: ms(Math.max(0, ...ourRuns.map((run) => run.dur ?? 0))),
  };
}
