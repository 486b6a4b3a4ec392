import { signal } from '@preact/signals';
import type { DeviceService, OutboxOverview, SendSummary } from '../lib/device';
import type { StoredReceipt } from '../lib/model';
import type { SendProgress } from '../lib/outbox';

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
 * The send panel's state: what waits, a send with progress, files out and in. Every step reports
 * through `onOutcome`, so the overlay can announce it; nothing here is lost on failure: what was not
 * sent stays on the device and is tried again automatically.
 */
export function createSending(device: DeviceService, doc: Document) {
  const overview = signal<OutboxOverview | null>(null);
  const progress = signal<SendProgress | null>(null);
  const lastSend = signal<SendSummary | null>(null);
  const importMessage = signal<string | null>(null);
  /** Receipt codes and answers of sent suggestions, by suggestion id, as last looked up. */
  const receipts = signal<Map<string, StoredReceipt>>(new Map());
  const keep = (known: StoredReceipt[]) => (receipts.value = new Map(known.map((receipt) => [receipt.suggestionId, receipt])));

  return {
    overview,
    progress,
    lastSend,
    importMessage,
    receipts,

    /**
     * Show the receipts known on this device now, then ask the backlog for fresh answers in the
     * background; `onAnswers` runs once they are in (statuses may have become 'answered').
     */
    async loadReceipts(onAnswers: () => void) {
      const known = keep(await device.outbox.receipts());
      if (known.size === 0) return;
      void device.outbox
        .refreshAnswers()
        .then(() => device.outbox.receipts())
        .then((fresh) => {
          keep(fresh);
          onAnswers();
        })
        // Unreachable backlog: the list keeps showing the last known answers.
        .catch(() => undefined);
    },
    async load() {
      overview.value = await device.outbox.overview();
    },
    async send(selection: 'all-unsent' | string[]) {
      lastSend.value = null;
      progress.value = { batchesDone: 0, batchesTotal: 0, suggestionsDone: 0, suggestionsTotal: 0 };
      try {
        lastSend.value = await device.outbox.send(selection, (next) => (progress.value = next));
      } finally {
        progress.value = null;
        overview.value = await device.outbox.overview();
      }
      return lastSend.value;
    },
    /** Returns the number of files offered. */
    async exportUnsent(format: 'json' | 'csv', container: Element) {
      const files = await device.outbox.exportUnsent(format);
      for (const file of files) download(doc, file, container);
      overview.value = await device.outbox.overview();
      return files.length;
    },
    async importFile(file: File) {
      importMessage.value = null;
      const report = await device.outbox.importFile(await file.text());
      importMessage.value = report.message;
      overview.value = await device.outbox.overview();
      return report;
    },
  };
}

export type Sending = ReturnType<typeof createSending>;
