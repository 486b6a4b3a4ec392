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
  /** The tasks in which a script of `scriptPrefix` ran, added up: what that code cost the page. */
  ourTasksMs: number;
  /** The longest of those tasks: one of 50 ms or more is a long task a person can feel. */
  longestOurTaskMs: number;
}

const ms = (microseconds: number) => microseconds / 1000;

/**
 * Load `url` with Chromium's tracing on and attribute the main thread's work. A task counts as ours when a
 * script whose address starts with `scriptPrefix` ran in it (the content script's evaluation, its timers, its
 * message answers), with everything the task did besides (style and layout it forced). Unlike the difference
 * of two page loads, which moves by tens of milliseconds with whatever else the machine does, this names the
 * few milliseconds our code takes.
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
  const ourTasks = tasks.filter((task) => ourScripts.some((script) => script.ts >= task.ts && script.ts < task.ts + (task.dur ?? 0)));
  const total = (list: TraceEvent[]) => ms(list.reduce((sum, event) => sum + (event.dur ?? 0), 0));
  return {
    allTasksMs: total(tasks),
    ourTasksMs: total(ourTasks),
    longestOurTaskMs: ms(Math.max(0, ...ourTasks.map((task) => task.dur ?? 0))),
  };
}
