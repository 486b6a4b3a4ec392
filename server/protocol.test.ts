import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorBody, ReceiptStatus, SubmissionReceipt } from '../lib/model';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { ENGINES, useBacklogEngines } from '../tests/support/backlog-engines';
import { bearer, makeBatch, postBatch } from '../tests/support/backlog-requests';
import { createToken, revokeToken } from './access/tokens';
import type { BacklogService } from './service';
import { startBacklog } from './service';

const engines = useBacklogEngines();
let services: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
});

const errorOf = async (response: Response) => ApiErrorBody.parse(await response.json());

describe.each(ENGINES)('the batch protocol on %s', (engine) => {
  async function open(settings: Parameters<typeof engines.open>[1] = {}): Promise<BacklogService> {
    const service = await engines.open(engine, settings);
    services.push(service);
    return service;
  }
  const storedRows = (service: BacklogService) => service.database.db.selectFrom('suggestions').select('id').execute();

  it('stores a batch once and answers every repeat with the same receipt, byte for byte', async () => {
    const { app, database } = await open();
    const batch = makeBatch();
    const first = await postBatch(app, batch);
    expect(first.status).toBe(201);
    const text = await first.text();
    const receipt = SubmissionReceipt.parse(JSON.parse(text));
    expect(receipt.receipts.map((r) => r.suggestionId)).toEqual(batch.suggestions.map((s) => s.id));
    expect(new Set(receipt.receipts.map((r) => r.receiptCode)).size).toBe(2);

    const again = await postBatch(app, { ...batch });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(text);
    expect(await storedRows({ database } as BacklogService)).toHaveLength(2);
  });

  it('refuses a used batchId for other content (422) and stores nothing of it', async () => {
    const { app, database } = await open();
    const batch = makeBatch();
    await postBatch(app, batch);
    const other = await postBatch(app, { ...batch, suggestions: [makeSuggestion()] });
    expect(other.status).toBe(422);
    expect((await errorOf(other)).code).toBe('batch-id-reused');
    expect(await storedRows({ database } as BacklogService)).toHaveLength(2);
  });

  it('keeps a suggestion that arrives again in another batch (an imported file) once, with its first code', async () => {
    const { app, database } = await open();
    const shared = makeSuggestion();
    const first = SubmissionReceipt.parse(await (await postBatch(app, makeBatch([shared]))).json());
    const second = await postBatch(app, makeBatch([shared, makeSuggestion()]));
    expect(second.status).toBe(201);
    const receipt = SubmissionReceipt.parse(await second.json());
    expect(receipt.receipts[0]).toEqual(first.receipts[0]);
    expect(await storedRows({ database } as BacklogService)).toHaveLength(2);
  });

  it('lets the submitter look up the status with the receipt code alone', async () => {
    const { app } = await open();
    const { receipts } = SubmissionReceipt.parse(await (await postBatch(app, makeBatch())).json());
    const lookup = await app.request(`/api/v1/receipts/${receipts[0]!.receiptCode}`);
    expect(ReceiptStatus.parse(await lookup.json())).toMatchObject({ receiptCode: receipts[0]!.receiptCode, status: 'received' });
    // Nothing of the suggestion's text travels with the public status.
    const unknown = await app.request('/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ');
    expect([unknown.status, (await errorOf(unknown)).code]).toEqual([404, 'receipt-unknown']);
    const malformed = await app.request('/api/v1/receipts/not-a-code');
    expect([malformed.status, (await errorOf(malformed)).code]).toEqual([404, 'receipt-unknown']);
  });

  it('refuses bad input with a code, every problem with its path, and no stack trace', async () => {
    const { app, database } = await open();
    const notJson = await postBatch(app, '{"batchId": ');
    expect([notJson.status, (await errorOf(notJson)).code]).toEqual([400, 'invalid-json']);

    const batch = makeBatch();
    const asText = await postBatch(app, batch, { 'Content-Type': 'text/plain' });
    expect([asText.status, (await errorOf(asText)).code]).toEqual([415, 'unsupported-media-type']);

    const broken = structuredClone(batch) as any;
    broken.schemaVersion = 2;
    broken.suggestions[0].page.url = 'https://jobcenter.example/antrag?bg=123';
    delete broken.suggestions[1].problem;
    const invalid = await postBatch(app, JSON.stringify(broken), { 'Idempotency-Key': batch.batchId });
    const body = await errorOf(invalid);
    expect(invalid.status).toBe(400);
    expect(body.code).toBe('schema-violation');
    expect(body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'schemaVersion', code: 'invalid_value' }),
        expect.objectContaining({ path: 'suggestions[0].page.url', code: 'custom' }),
        expect.objectContaining({ path: 'suggestions[1].problem', code: 'invalid_type' }),
      ]),
    );
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);

    const noKey = await app.request('/api/v1/batches', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch) });
    expect([noKey.status, (await errorOf(noKey)).code]).toEqual([400, 'idempotency-key-missing']);
    const wrongKey = await postBatch(app, batch, { 'Idempotency-Key': crypto.randomUUID() });
    expect([wrongKey.status, (await errorOf(wrongKey)).code]).toEqual([400, 'idempotency-key-mismatch']);
    expect(await storedRows({ database } as BacklogService)).toEqual([]);
  });

  it('accepts 5 MB bodies by default and refuses larger ones with 413', async () => {
    const { app } = await open({ settings: { maxBodyBytes: 20_000 } });
    const big = makeBatch(Array.from({ length: 40 }, () => makeSuggestion({ problem: 'x'.repeat(1000) })));
    const refused = await postBatch(app, big);
    expect([refused.status, (await errorOf(refused)).code]).toEqual([413, 'body-too-large']);
    const { deps } = await open();
    expect(deps.settings.maxBodyBytes).toBeGreaterThanOrEqual(5_000_000);
  });

  it('requires a valid, unrevoked token when the backlog asks for one', async () => {
    const { app, database } = await open({ settings: { requireSubmitToken: true } });
    const token = await createToken(database.db, 'widget-musterstadt', 'submit');
    expect(token.length).toBeGreaterThanOrEqual(40); // 256 random bits, base64url
    const without = await postBatch(app, makeBatch());
    expect([without.status, (await errorOf(without)).code, without.headers.get('www-authenticate')]).toEqual([401, 'token-missing', 'Bearer']);
    const wrong = await postBatch(app, makeBatch(), bearer(`${token}x`));
    expect([wrong.status, (await errorOf(wrong)).code]).toEqual([401, 'token-invalid']);
    expect((await postBatch(app, makeBatch(), bearer(token))).status).toBe(201);
    await revokeToken(database.db, 'widget-musterstadt');
    const revoked = await postBatch(app, makeBatch(), bearer(token));
    expect([revoked.status, (await errorOf(revoked)).code]).toEqual([401, 'token-invalid']);
    const stored = await database.db.selectFrom('tokens').select('hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('answers CORS only for the configured page origins', async () => {
    const { app } = await open({ settings: { allowedOrigins: ['https://jobcenter-musterstadt.example'] } });
    const preflight = (origin: string) =>
      app.request('/api/v1/batches', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' } });
    const allowed = await preflight('https://jobcenter-musterstadt.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://jobcenter-musterstadt.example');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const lookup = await app.request('/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ', { headers: { Origin: 'https://jobcenter-musterstadt.example' } });
    expect(lookup.headers.get('access-control-expose-headers')).toContain('Retry-After');
    // The answer itself, not only the preflight, tells the browser whether the page may read it.
    expect(lookup.headers.get('access-control-allow-origin')).toBe('https://jobcenter-musterstadt.example');
    expect(lookup.headers.get('vary')).toContain('Origin');
    const foreignLookup = await app.request('/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ', { headers: { Origin: 'https://evil.example' } });
    expect(foreignLookup.headers.get('access-control-allow-origin')).toBeNull();
    const sent = await postBatch(app, makeBatch(), { Origin: 'https://jobcenter-musterstadt.example' });
    expect([sent.status, sent.headers.get('access-control-allow-origin')]).toEqual([201, 'https://jobcenter-musterstadt.example']);
  });

  it('limits lookups per client in the database, so every process counts against the same limit', async () => {
    const location = await engines.location(engine);
    const settings = { rateLimits: { submit: { limit: 100, windowSeconds: 60 }, lookup: { limit: 2, windowSeconds: 60 } } };
    // A fixed clock: the three requests fall into one window even at a minute's end.
    const now = () => new Date('2026-11-21T09:00:30Z');
    const [one, two] = [await engines.open(engine, { ...location, settings, now }), await engines.open(engine, { ...location, settings, now })];
    services.push(one, two);
    expect((await one.app.request('/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ')).status).toBe(404);
    expect((await two.app.request('/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ')).status).toBe(404);
    const limited = await one.app.request('/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ');
    expect([limited.status, (await errorOf(limited)).code]).toEqual([429, 'rate-limited']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('the service on a socket (PGlite)', () => {
  it('refuses an oversized chunked body before it has arrived whole', async () => {
    const backlog = await startBacklog({ ...(await engines.location('pglite')), logLevel: 'silent', settings: { maxBodyBytes: 100_000 } });
    services.push(backlog);
    const { port } = new URL(backlog.url);
    const answer = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
      let sentBytes = 0;
      const request = httpRequest({ host: '127.0.0.1', port, path: '/api/v1/batches', method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() } });
      request.on('response', (response) => {
        resolve({ status: response.statusCode!, sentBytes });
        request.destroy();
      });
      request.on('error', reject);
      // Keep sending 50 kB chunks (up to 10 MB) until the server answers.
      const chunk = 'x'.repeat(50_000);
      const pump = () => {
        if (sentBytes >= 10_000_000) return request.end();
        sentBytes += chunk.length;
        if (request.write(chunk)) setImmediate(pump);
        else request.once('drain', pump);
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(answer.sentBytes).toBeLessThan(10_000_000);
  });

  it('shows health and Prometheus metrics', async () => {
    const backlog = await startBacklog({ ...(await engines.location('pglite')), logLevel: 'silent' });
    services.push(backlog);
    expect(await (await fetch(`${backlog.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const batch = makeBatch();
    await fetch(`${backlog.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.batchId }, body: JSON.stringify(batch) });
    const metrics = await (await fetch(`${backlog.url}/metrics`)).text();
    expect(metrics).toMatch(/mitgestalten_suggestions_stored_total 2/);
    expect(metrics).toMatch(/mitgestalten_batches_total\{outcome="created"\} 1/);
    expect(metrics).toMatch(/mitgestalten_http_request_duration_seconds_bucket\{le="[\d.]+",route="\/api\/v1\/batches"\}/);
  });
});
