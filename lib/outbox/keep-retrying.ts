import type { Outbox } from './outbox';

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Wake at least hourly: that also picks up batches other contexts changed, and stays far below the 2^31 ms
 * beyond which browsers run a timer at once.
 */
const LONGEST_TIMER_MS = 60 * 60_000;

/**
 * Retry due batches by themselves for as long as this context lives (a page with the widget, a running
 * service worker): one timer, set to the outbox's next due time and reset whenever a batch changes.
 * A context that may be stopped at any time (the extension's service worker) adds an alarm as well, since
 * its timers die with it. Returns the function that stops it.
 */
export function keepRetrying(outbox: Outbox, options: { timers?: Timers; now?: () => Date; onError?: (error: unknown) => void } = {}): () => void {
  const timers: Timers = options.timers ?? { setTimeout: (run, ms) => globalThis.setTimeout(run, ms), clearTimeout: (handle) => globalThis.clearTimeout(handle as number) };
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => {});
  let handle: unknown;
  let stopped = false;

  async function schedule() {
    const at = await outbox.nextRetryAt();
    if (handle !== undefined) timers.clearTimeout(handle);
    handle = undefined;
    if (stopped || !at) return;
    const wait = Math.min(Math.max(0, at.getTime() - now().getTime()), LONGEST_TIMER_MS);
    handle = timers.setTimeout(() => {
      handle = undefined;
      outbox.retryDue().catch(onError).finally(() => void schedule().catch(onError));
    }, wait);
  }

  const unsubscribe = outbox.subscribe(() => void schedule().catch(onError));
  void schedule().catch(onError);
  return () => {
    stopped = true;
    unsubscribe();
    if (handle !== undefined) timers.clearTimeout(handle);
  };
}
