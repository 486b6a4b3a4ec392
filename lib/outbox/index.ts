/**
 * The outbox: suggestions travel to the co-design backlog in batches, exactly once, or sit safely in a file
 * that does. Framework-free and free of extension APIs: the extension's service worker and the widget in a
 * page inject what differs (fetch, clock, timers, random). The wire protocol is docs/backlog-protocol.md.
 */
export { createOutbox, type Outbox, type OutboxOptions, type SendOptions, type SendProgress, type DeliveryReport, type ImportReport } from './outbox';
export { createHttpTransport, DEFAULT_TIMEOUT_MS, type BacklogTransport, type HttpTransportOptions, type TransportFailure, type Outcome } from './transport';
export { sendLock, type Exclusive } from './send-lock';
export { keepRetrying, type Timers } from './keep-retrying';
export { DEFAULT_BACKOFF, backoffDelayMs, parseRetryAfter, type BackoffPolicy } from './backoff';
export { buildBatches, MAX_BATCH_BYTES } from './build-batches';
export { MAX_IMPORT_BYTES, checkImportSize, readBatchFile } from './import-file';
export { suggestionsToCsv, neutraliseFormula, type CsvRow } from './csv';
export type { ExportFile } from './export-file';
export { isAnswered } from './receipts';
export { OutboxError, type OutboxErrorCode } from './errors';
