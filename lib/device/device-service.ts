import type { ExportFile, ImportReport, OutboxEntry, OutboxOverview, SendProgress, SendSummary, StoredReceipt } from '../model';
import type { Outbox } from '../outbox';
import type { LocalStore, SettingsRepository, SuggestionRepository, SuggestionSelection } from '../store';

export type { OutboxOverview, SendSummary };

/**
 * Everything the overlay may do with the suggestions on this device, in one place: the widget calls it
 * directly, the extension's background serves it to the overlay in each tab (lib/messaging).
 */
export interface DeviceService {
  suggestions: SuggestionRepository;
  settings: SettingsRepository;
  outbox: {
    overview(): Promise<OutboxOverview>;
    send(selection: SuggestionSelection, onProgress?: (progress: SendProgress) => void): Promise<SendSummary>;
    /** Put everything waiting into batches and give each unsent batch as a file (no network needed). */
    exportUnsent(format: 'json' | 'csv'): Promise<ExportFile[]>;
    importFile(text: string): Promise<ImportReport>;
    /** Look up the administration's answers for every suggestion sent from here; returns how many are answered. */
    refreshAnswers(): Promise<number>;
    receipts(): Promise<StoredReceipt[]>;
  };
}

/** The outbox and whether it can reach a backlog; known once the backlog address has been read. */
export interface ReadyOutbox {
  outbox: Outbox;
  canSend: boolean;
}

/**
 * `outboxReady` may take a while (the extension reads IT's policy first): only calls about sending
 * wait for it, saving and listing suggestions never do.
 */
export function createDeviceService(store: LocalStore, outboxReady: () => Promise<ReadyOutbox>): DeviceService {
  return {
    suggestions: store.suggestions,
    settings: store.settings,
    outbox: {
      async overview() {
        const { outbox, canSend } = await outboxReady();
        const batches = (await outbox.list()).reverse();
        const waitingIds = new Set(batches.filter((entry) => entry.state !== 'sent').flatMap((entry) => entry.batch.suggestions.map((s) => s.id)));
        const waiting = (await store.suggestions.listByStatus('queued')).filter((record) => !record.batchId || waitingIds.has(record.suggestion.id));
        const next = await outbox.nextRetryAt();
        return { waiting, batches, canSend, ...(next ? { nextRetryAt: next.toISOString() } : {}) };
      },

      async send(selection, onProgress) {
        const { outbox } = await outboxReady();
        const report = await outbox.send(selection, onProgress ? { onProgress } : {});
        const count = (state: OutboxEntry['state']) =>
          report.batches.filter((entry) => entry.state === state).reduce((sum, entry) => sum + entry.batch.suggestions.length, 0);
        const problems = [...new Set(report.batches.flatMap((entry) => (entry.state === 'sent' || !entry.lastError ? [] : [entry.lastError.message])))];
        return {
          sent: count('sent'),
          notSent: report.batches.length === 0 ? 0 : count('failed') + count('queued') + count('sending'),
          problems,
          ...(report.nextRetryAt ? { nextRetryAt: report.nextRetryAt.toISOString() } : {}),
        };
      },

      async exportUnsent(format) {
        const { outbox } = await outboxReady();
        await outbox.queue('all-unsent');
        const unsent = (await outbox.list()).filter((entry) => entry.state !== 'sent');
        return Promise.all(unsent.map((entry) => (format === 'json' ? outbox.exportJson(entry.batch.batchId) : outbox.exportCsv(entry.batch.batchId))));
      },

      importFile: async (text) => (await outboxReady()).outbox.importBatchFile(text),

      async refreshAnswers() {
        const { outbox } = await outboxReady();
        const sent = [...(await store.suggestions.listByStatus('sent')), ...(await store.suggestions.listByStatus('answered'))];
        for (const { receiptCode } of sent) {
          // One unreachable answer must not hide the others; the list shows the last known state.
          if (receiptCode) await outbox.refreshReceiptStatus(receiptCode).catch(() => undefined);
        }
        return store.suggestions.count({ status: 'answered' });
      },

      receipts: () => store.receipts.list(),
    },
  };
}
