/**
 * Sending one context at a time across every tab of an origin (the widget): with Web Locks, a tab that
 * wants to send waits while another tab sends, instead of both talking to the backlog at once.
 */

/** Runs `work` while holding the device's one send lock; resolves with what `work` resolves with. */
export type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * The send lock of this origin, named `name`. Without Web Locks (an old browser, a test environment) the
 * work runs at once: each batch is then still sent by one tab only, since taking a batch for sending is a
 * claim written in one IndexedDB transaction (lib/outbox/batch-state.ts `claim`); two tabs may then send
 * different batches at the same time, never the same one.
 */
export function sendLock(name: string, locks: LockManagerLike | undefined = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks): Exclusive {
  if (!locks) return (work) => work();
  return (work) => locks.request(name, work);
}
