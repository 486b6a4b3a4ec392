import { signal } from '@preact/signals';
import type { DeviceService } from '../lib/device';
import type { ImportReport, OutboxOverview, SendProgress, SendSummary, StoredReceipt } from '../lib/model';

/** Offer a file for download from inside the page, without a server. */
function download(doc: Document, file: { fileName: string; mimeType: string; text: string }, container: Element) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  container.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is withdrawn.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The send panel's state: what waits, a send with progress, files out and in. While the panel is open it
 * follows the outbox (`watch`), so an automatic retry that succeeded, or a send from another tab, shows at
 * once. Nothing here is lost on failure: what was not sent stays on the device and is tried again.
 */
export function createSending(device: DeviceService, doc: Document) {
  const overview = signal<OutboxOverview | null>(null);
  const progress = signal<SendProgress | null>(null);
  const lastSend = signal<SendSummary | null>(null);
  const lastImport = signal<ImportReport | null>(null);
  /** Receipt codes and answers of sent suggestions, by suggestion id, as last looked up. */
  const receipts = signal<Map<string, StoredReceipt>>(new Map());
  const keep = (known: StoredReceipt[]) => (receipts.value = new Map(known.map((receipt) => [receipt.suggestionId, receipt])));
  const reload = async () => {
    overview.value = await device.overview();
  };

  return {
    overview,
    progress,
    lastSend,
    lastImport,
    receipts,

    /**
     * Show the receipts known on this device now, then ask the backlog for fresh answers in the
     * background; `onAnswers` runs once they are in (statuses may have become 'answered').
     */
    async loadReceipts(onAnswers: () => void) {
      const known = keep(await device.receipts());
      if (known.size === 0) return;
      void device
        .refreshAnswers()
        .then(() => device.receipts())
        .then((fresh) => {
          keep(fresh);
          onAnswers();
        })
        // Unreachable backlog: the list keeps showing the last known answers.
        .catch(() => undefined);
    },
    load: reload,
    /** Follow the outbox while the panel is open; returns the function that stops. */
    watch(): () => void {
      return device.watchOutbox(() => {
        // What another context did (an automatic retry that went through) replaces the result of the last
        // send here: the batch list below says how each batch stands now.
        if (progress.value === null) lastSend.value = null;
        void reload().catch(() => undefined);
      });
    },
    async send(selection: 'all-unsent' | string[]) {
      lastSend.value = null;
      progress.value = { batchesDone: 0, batchesTotal: 0, suggestionsDone: 0, suggestionsTotal: 0 };
      try {
        lastSend.value = await device.send(selection, (next) => (progress.value = next));
      } finally {
        progress.value = null;
        await reload().catch(() => undefined);
      }
      return lastSend.value;
    },
    /** Returns the number of files offered. */
    async exportUnsent(format: 'json' | 'csv', container: Element) {
      const files = await device.exportUnsent(format);
      for (const file of files) download(doc, file, container);
      await reload();
      return files.length;
    },
    async importFile(file: File) {
      lastImport.value = null;
      // Checked before a byte is read: a 70 MB file must not travel to the background first. Loaded when
      // used: only caseworkers take in files, and the first panel goes without the batch schema it reads with.
      const { checkImportSize } = await import('../lib/outbox/import-file');
      checkImportSize(file.size);
      const report = await device.importFile(await file.text());
      lastImport.value = report;
      await reload();
      return report;
    },
  };
}

export type Sending = ReturnType<typeof createSending>;
