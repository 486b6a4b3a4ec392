import { isSamePage, originOf, type Counts, type OutboxEntry, type OutboxOverview, type SendSummary, type StoredSuggestion } from '../model';
import type { Outbox } from '../outbox';
import type { LocalStore } from '../store';
import type { DeviceService } from './contract';

/** The outbox and whether it can reach a backlog; known once the backlog address has been read. */
export interface ReadyOutbox {
  outbox: Outbox;
  canSend: boolean;
}

/** The distinct reasons of the batches that did not go, once each. */
function problemsOf(batches: OutboxEntry[]): SendSummary['problems'] {
  const byCode = new Map(batches.flatMap((entry) => (entry.state === 'sent' || !entry.lastError ? [] : [[entry.lastError.code, entry.lastError] as const])));
  return [...byCode.values()];
}

/** Saved, unsent (not yet received by the backlog) and answered, of the given records. */
function countsOf(records: StoredSuggestion[]): Counts {
  return {
    saved: records.length,
    unsent: records.filter((record) => record.status === 'draft' || record.status === 'queued').length,
    answered: records.filter((record) => record.status === 'answered').length,
  };
}

/**
 * The device service over a store and an outbox. `outboxReady` may take a while (the extension reads IT's
 * policy first): only calls about sending wait for it, saving and listing suggestions never do.
 * `watchOutbox` tells of changes of whichever outbox is current (a new backlog address brings a new one).
 */
export function createDeviceService(store: LocalStore, outboxReady: () => Promise<ReadyOutbox>, watchOutbox: DeviceService['watchOutbox']): DeviceService {
  const outbox = async () => (await outboxReady()).outbox;
  const listPage: DeviceService['listPage'] = async (page) =>
    (await store.suggestions.listBySite(originOf(page.url))).filter((record) => isSamePage(record.suggestion.page, page));

  return {
    save: (suggestion) => store.suggestions.add(suggestion, 'queued'),
    editTexts: (id, edit) => store.suggestions.editTexts(id, edit),
    async withdraw(id) {
      await (await outbox()).withdraw(id);
      return null;
    },
    listPage,
    listAll: () => store.suggestions.listAll(),
    readSettings: () => store.settings.read(),
    async keepDraft(draft) {
      await store.draft.keep(draft ?? undefined);
      return null;
    },
    readDraft: async () => (await store.draft.read()) ?? null,
    writeSettings: (changes) => store.settings.write(changes),

    async overview(): Promise<OutboxOverview> {
      const { outbox: ready, canSend } = await outboxReady();
      const batches = (await ready.list()).reverse();
      const waitingIds = new Set(batches.filter((entry) => entry.state !== 'sent').flatMap((entry) => entry.batch.suggestions.map((s) => s.id)));
      const waiting = (await store.suggestions.listByStatus('queued')).filter((record) => !record.batchId || waitingIds.has(record.suggestion.id));
      const next = await ready.nextRetryAt();
      return { waiting, batches, canSend, ...(next ? { nextRetryAt: next.toISOString() } : {}) };
    },

    async send(selection, onProgress) {
      const report = await (await outbox()).send(selection, onProgress ? { onProgress } : {});
      const count = (state: OutboxEntry['state']) =>
        report.batches.filter((entry) => entry.state === state).reduce((sum, entry) => sum + entry.batch.suggestions.length, 0);
      return {
        sent: count('sent'),
        notSent: count('failed') + count('queued') + count('sending'),
        problems: problemsOf(report.batches),
        ...(report.nextRetryAt ? { nextRetryAt: report.nextRetryAt.toISOString() } : {}),
      };
    },

    watchOutbox,

    async exportUnsent(format) {
      const ready = await outbox();
      await ready.queue('all-unsent');
      const unsent = (await ready.list()).filter((entry) => entry.state !== 'sent');
      return Promise.all(unsent.map((entry) => (format === 'json' ? ready.exportJson(entry.batch.batchId) : ready.exportCsv(entry.batch.batchId))));
    },

    importFile: async (text) => (await outbox()).importBatchFile(text),

    async refreshAnswers() {
      const ready = await outbox();
      const sent = [...(await store.suggestions.listByStatus('sent')), ...(await store.suggestions.listByStatus('answered'))];
      for (const { receiptCode } of sent) {
        // One unreachable answer must not hide the others; the list shows the last known state.
        if (receiptCode) await ready.refreshReceiptStatus(receiptCode).catch(() => undefined);
      }
      return store.suggestions.count({ status: 'answered' });
    },

    receipts: () => store.receipts.list(),

    async tally(page) {
      // Counted on the indexes, without reading every suggestion: the toolbar badge asks after each message.
      const count = (status?: StoredSuggestion['status']) => store.suggestions.count(status ? { status } : {});
      const [saved, queued, drafts, answered, onPage] = await Promise.all([count(), count('queued'), count('draft'), count('answered'), page ? listPage(page) : undefined]);
      return { all: { saved, unsent: queued + drafts, answered }, ...(onPage ? { page: countsOf(onPage) } : {}) };
    },

    async deleteExpired() {
      const { retentionDays } = await store.settings.read();
      if (retentionDays === undefined) return 0;
      return store.housekeeping.deleteExpired(new Date(), retentionDays);
    },

    async deleteAllData() {
      await store.housekeeping.deleteAll();
      return null;
    },
  };
}
