import type { BrowserContext, Page } from 'playwright-core';

/** One event of Chromium's trace (the Trace Event Format), as far as the benchmarks read it. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** V8's sampling profile, as the DevTools protocol's Profiler domain returns it (times in microseconds). */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface MainThreadCost {
  /** Every task of the page's main thread, added up: the page's own work and ours. */
  allTasksMs: number;
  /**
   * The time code of `scriptPrefix` ran, with the browser work it called (DOM, forced style and layout), and
   * the compilation of its scripts: what that code cost the page.
   */
  ourCodeMs: number;
  /** The longest stretch in which our code ran without a break: 50 ms or more is a long task a person can feel. */
  longestRunMs: number;
}

const ms = (microseconds: number) => microseconds / 1000;

/** One sample every 100 µs: a 5 ms budget is then read from about 50 samples. */
const SAMPLING_INTERVAL_US = 100;

/**
 * The sampled time during which a function of ours was on the stack, and the longest unbroken stretch of it.
 * Samples, not the trace's script events: the trace names a script only where the browser enters it
 * (evaluation, a timer, an event listener). Code that continues after an `await` runs in a microtask
 * checkpoint that the trace does not attribute to any script, and the boot of both shells does most of its
 * work there, once the device has answered. (DevTools' "group by domain" reads the same samples.)
 */
function sampledTime(profile: CpuProfile, scriptPrefix: string): { totalUs: number; longestUs: number } {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    const answer = nodes.get(id)!.callFrame.url.startsWith(scriptPrefix) || (parent !== undefined && isOurs(parent));
    ours.set(id, answer);
    return answer;
  };
  let totalUs = 0;
  let longestUs = 0;
  let stretchUs = 0;
  // A sample stands for the time until the next one; a longer gap is the profiler's pause, counted as one interval.
  profile.samples.forEach((id, index) => {
    const untilNext = Math.min(profile.timeDeltas[index + 1] ?? SAMPLING_INTERVAL_US, 2 * SAMPLING_INTERVAL_US);
    if (isOurs(id)) {
      totalUs += untilNext;
      stretchUs += untilNext;
      longestUs = Math.max(longestUs, stretchUs);
    } else {
      stretchUs = 0;
    }
  });
  return { totalUs, longestUs };
}

/**
 * Load `url` with Chromium's tracing and V8's sampling profiler on, and attribute the main thread's work:
 * the page's tasks from the trace, our code's share from the samples (plus the compilation of our scripts,
 * which happens before any of our functions is on the stack). Unlike the difference of two page loads, which
 * moves by tens of milliseconds with whatever else the machine does, this names the milliseconds our code takes.
 */
export async function traceLoad(context: BrowserContext, url: string, options: { scriptPrefix: string; settled: (page: Page) => Promise<void> }): Promise<MainThreadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await options.settled(page);
  await cdp.send('Tracing.end');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await complete;
  await page.close();

  // The page's main thread is the one that parsed its document.
  const parsing = events.find((event) => event.name === 'ParseHTML');
  if (!parsing) throw new Error(`No main thread found in the trace of ${url}`);
  const onMainThread = events.filter((event) => event.pid === parsing.pid && event.tid === parsing.tid && event.ph === 'X');
  const total = (list: TraceEvent[]) => ms(list.reduce((sum, event) => sum + (event.dur ?? 0), 0));
  const compiling = onMainThread.filter((event) => event.name === 'v8.compile' && event.args?.data?.url?.startsWith(options.scriptPrefix));
  const sampled = sampledTime(profile, options.scriptPrefix);
  return {
    allTasksMs: total(onMainThread.filter((event) => event.name === 'RunTask')),
    ourCodeMs: ms(sampled.totalUs) + total(compiling),
    longestRunMs: ms(sampled.longestUs),
  };
}
