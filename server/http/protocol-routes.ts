import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { Batch, ReceiptCode } from '../../lib/model';
import { storeBatch } from '../batches/store-batch';
import { Refusal } from '../refusal';
import { receiptReader } from '../triage/read';
import type { AppEnv, ServiceDeps } from './context';
import { requireRole, rateLimited } from './guards';
import { parseJson, parseOrRefuse } from './parse';

/** The two endpoints of docs/backlog-protocol.md: submitting a batch, looking up an answer. */
export function protocolRoutes(deps: ServiceDeps) {
  const { db, metrics } = deps;
  const routes = new Hono<AppEnv>();

  const submitters = deps.settings.requireSubmitToken ? [requireRole(deps, 'submit')] : [];
  routes.post(
    '/batches',
    rateLimited(deps, 'submit'),
    ...submitters,
    async (c, next) => {
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') throw new Refusal('unsupported-media-type');
      await next();
    },
    // Counts bytes as they arrive: an oversized body is refused before it is read whole.
    bodyLimit({ maxSize: deps.settings.maxBodyBytes, onError: () => { throw new Refusal('body-too-large', { params: { maxBytes: deps.settings.maxBodyBytes } }); } }),
    async (c) => {
      const batch = parseOrRefuse(Batch, parseJson(await c.req.text()));
      const key = c.req.header('idempotency-key');
      if (!key) throw new Refusal('idempotency-key-missing');
      if (key.trim().toLowerCase() !== batch.batchId.toLowerCase()) throw new Refusal('idempotency-key-mismatch');

      const outcome = await storeBatch(db, batch, deps.now());
      metrics.batches.inc({ outcome: outcome.kind });
      switch (outcome.kind) {
        case 'batch-id-reused':
        case 'batch-in-progress':
          throw new Refusal(outcome.kind, outcome.kind === 'batch-in-progress' ? { retryAfterSeconds: 1 } : {});
        case 'replayed':
          metrics.duplicatesRefused.inc(batch.suggestions.length);
          c.header('Idempotent-Replayed', 'true');
          return c.body(outcome.receipt, 200, { 'Content-Type': 'application/json; charset=utf-8' });
        case 'created':
          metrics.suggestionsStored.inc(outcome.stored);
          metrics.duplicatesRefused.inc(outcome.alreadyStored);
          deps.logger.info({ batchId: batch.batchId, suggestions: batch.suggestions.length, alreadyStored: outcome.alreadyStored }, 'batch stored');
          return c.body(outcome.receipt, 201, { 'Content-Type': 'application/json; charset=utf-8' });
      }
    },
  );

  // No account and no token: the receipt code is the key, so lookups are rate-limited against guessing.
  const receiptStatus = receiptReader(db);
  routes.get('/receipts/:code', rateLimited(deps, 'lookup'), async (c) => {
    const code = c.req.param('code');
    const status = ReceiptCode.safeParse(code).success ? await receiptStatus(code) : undefined;
    if (!status) throw new Refusal('receipt-unknown');
    return c.json(status);
  });
  return routes;
}
