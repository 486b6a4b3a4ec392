/** Building and sending protocol requests in backlog tests and benchmarks. */
import type { Hono } from 'hono';
import type { Batch, Suggestion } from '../../lib/model';
import { makeSuggestion } from '../fixtures/make-suggestion';

export const SOURCE = { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' } as const;

export function makeBatch(suggestions: Suggestion[] = [makeSuggestion(), makeSuggestion()]): Batch {
  return { batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: new Date().toISOString(), source: SOURCE, suggestions };
}

type Fetcher = Pick<Hono<any>, 'request'>;

/** `POST /api/v1/batches` as our clients send it; `headers` override or add. */
export function postBatch(app: Fetcher, batch: Batch | string, headers: Record<string, string> = {}) {
  const body = typeof batch === 'string' ? batch : JSON.stringify(batch);
  const key: Record<string, string> = typeof batch === 'string' ? {} : { 'Idempotency-Key': batch.batchId };
  return app.request('/api/v1/batches', { method: 'POST', headers: { 'Content-Type': 'application/json', ...key, ...headers }, body });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
