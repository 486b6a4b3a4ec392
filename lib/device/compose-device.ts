import { sharedUntilFailure } from '../async/shared-until-failure';
import type { BatchSource } from '../model';
import { createHttpTransport, createOutbox, keepRetrying, type Exclusive } from '../outbox';
import type { LocalStore } from '../store';
import type { DeviceService } from './contract';
import { createDeviceService, type ReadyOutbox } from './device-service';

/** Where batches go: the backlog's address and, where the backlog wants one, an access token. */
export interface BacklogAddress {
  endpoint: string;
  token?: string;
}

/** What differs between the shells; everything else about a device is composed here, once. */
export interface DeviceShell {
  openStore(): Promise<LocalStore>;
  /** The configured backlog, or undefined: suggestions then travel as files only. May be slow (IT's policy). */
  readBacklog(): Promise<BacklogAddress | undefined>;
  /** Stamped on every batch built here. */
  source: BatchSource;
  /**
   * True only where one context alone sends for this device (the extension's service worker): a batch an
   * earlier run left mid-send died with it and goes out again at once. Where several contexts may send (the
   * widget in several tabs), a batch in 'sending' may be another tab's live request: it waits for its claim.
   */
  soleSender: boolean;
  /** Where several contexts send (the widget's tabs): the lock they share, so one sends at a time (`sendLock`). */
  exclusive?: Exclusive;
  fetch?: typeof fetch;
}

export interface ComposedDevice {
  /** The device service; opens the store on first use and again after a failed open. */
  device(): Promise<DeviceService>;
  /** Send whatever is due now (the shell's alarm, `online`). */
  retryDue(): Promise<void>;
  /** The backlog address changed: later sends use the new one; a request in flight finishes under its claim. */
  reconfigure(): void;
  stop(): void;
}

/**
 * config → transport → outbox → resume and retry → device service, for both shells. Saving and listing
 * never wait for the backlog address; only sending does.
 */
export function composeDevice(shell: DeviceShell): ComposedDevice {
  let outboxReady: Promise<ReadyOutbox & { stopRetrying(): void; unsubscribe(): void }> | undefined;
  let resumed = false;
  const watchers = new Set<() => void>();
  const tellWatchers = () => watchers.forEach((watcher) => watcher());

  async function startOutbox(store: LocalStore) {
    const backlog = await shell.readBacklog();
    const transport = backlog
      ? createHttpTransport({ endpoint: backlog.endpoint, ...(backlog.token ? { token: backlog.token } : {}), ...(shell.fetch ? { fetch: shell.fetch } : {}) })
      : undefined;
    const outbox = createOutbox({ store, source: shell.source, ...(transport ? { transport } : {}), ...(shell.exclusive ? { exclusive: shell.exclusive } : {}) });
    // Only the first outbox of a sole sender resumes: a later one (a new address) would otherwise release
    // the claim of a request the previous one still has in flight, and the batch would go out twice at once.
    if (shell.soleSender && !resumed) {
      resumed = true;
      void outbox.resumeInterrupted();
    } else {
      void outbox.retryDue();
    }
    tellWatchers();
    return { outbox, canSend: transport !== undefined, stopRetrying: keepRetrying(outbox), unsubscribe: outbox.subscribe(tellWatchers) };
  }

  // Once; after a failure the next call tries again, e.g. once another tab has closed the store.
  const open = sharedUntilFailure(() =>
    shell.openStore().then((store) => {
      outboxReady ??= startOutbox(store);
      const device = createDeviceService(store, () => outboxReady!, (onChange) => {
        watchers.add(onChange);
        return () => watchers.delete(onChange);
      });
      return { store, device };
    }),
  );

  const stopCurrent = () => void outboxReady?.then((running) => (running.stopRetrying(), running.unsubscribe()));

  return {
    device: async () => (await open()).device,
    async retryDue() {
      await open();
      await (await outboxReady!).outbox.retryDue();
    },
    reconfigure() {
      void open().then(({ store }) => {
        stopCurrent();
        outboxReady = startOutbox(store);
      });
    },
    stop: stopCurrent,
  };
}
