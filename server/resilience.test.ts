/**
 * Faults that need a real PostgreSQL server: several service processes on one database, the database going
 * away and coming back, a service process killed mid-request. Each ends in "stored exactly once".
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorBody, SubmissionReceipt, type Batch } from '../lib/model';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { useBacklogEngines } from '../tests/support/backlog-engines';
import { startBacklogProcess, type BacklogProcess } from '../tests/support/backlog-process';
import { makeBatch, postBatch } from '../tests/support/backlog-requests';
import { openDatabase } from './database/connect';
import type { BacklogService } from './service';

const engines = useBacklogEngines();
const PROCESS_MS = 120_000;
let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const send = (url: string, batch: Batch) =>
  fetch(`${url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.batchId }, body: JSON.stringify(batch) });

async function countStored(databaseUrl: string, ids: string[]) {
  const handle = await openDatabase({ databaseUrl });
  const rows = await handle.db.selectFrom('suggestions').select('id').where('id', 'in', ids).execute();
  await handle.close();
  return rows.length;
}

async function processes(databaseUrl: string, count: number): Promise<BacklogProcess[]> {
  const started = await Promise.all(Array.from({ length: count }, async () => startBacklogProcess({ DATABASE_URL: databaseUrl, RATE_LIMIT_SUBMIT_PER_MINUTE: '100000' }, await freePort())));
  for (const backlog of started) cleanups.push(() => backlog.stop());
  return started;
}

describe('on PostgreSQL', () => {
  it('two service processes receiving the same batch at the same moment store it once', async () => {
    const databaseUrl = await engines.postgres.createDatabase();
    const [one, two] = await processes(databaseUrl, 2);
    const batches = Array.from({ length: 10 }, () => makeBatch(Array.from({ length: 50 }, () => makeSuggestion())));
    for (const batch of batches) {
      const answers = await Promise.all([send(one!.url, batch), send(two!.url, batch)]);
      const statuses = answers.map((answer) => answer.status).sort();
      // One stores it; the other either waited and replays it, or was told it is in progress.
      expect([['200', '201'], ['201', '409']].map(String)).toContain(statuses.map(String).join(','));
      const created = await answers.find((answer) => answer.status === 201)!.text();
      // Whoever retries (the client after a 409) gets the first receipt, byte for byte.
      for (const url of [one!.url, two!.url]) expect(await (await send(url, batch)).text()).toBe(created);
    }
    const ids = batches.flatMap((batch) => batch.suggestions.map((s) => s.id));
    expect(await countStored(databaseUrl, ids)).toBe(ids.length);
  }, PROCESS_MS);

  it('a process killed mid-request: the client’s retries are stored exactly once', async () => {
    const databaseUrl = await engines.postgres.createDatabase();
    const [victim] = await processes(databaseUrl, 1);
    const batches = Array.from({ length: 30 }, () => makeBatch(Array.from({ length: 100 }, () => makeSuggestion())));
    const inFlight = batches.map((batch) => send(victim!.url, batch).then((r) => r.status, () => 'cut off'));
    // Killed as soon as the first answer is out: some batches are stored, some half-way, some not begun.
    await Promise.race(inFlight);
    await victim!.kill();
    const firstOutcomes = await Promise.all(inFlight);
    expect(firstOutcomes).toContain('cut off');

    const [successor] = await processes(databaseUrl, 1);
    const retried = await Promise.all(batches.map((batch) => send(successor!.url, batch)));
    expect(retried.every((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    for (const [index, answer] of retried.entries()) {
      const receipt = SubmissionReceipt.parse(await answer.json());
      expect(receipt.receipts).toHaveLength(batches[index]!.suggestions.length);
    }
    const ids = batches.flatMap((batch) => batch.suggestions.map((s) => s.id));
    expect(await countStored(databaseUrl, ids)).toBe(ids.length);
  }, PROCESS_MS);

  describe('when the database is away', () => {
    let service: BacklogService;
    const open = async (databaseUrl: string) => {
      service = await engines.open('postgres', { databaseUrl, retryMs: 200, settings: { rateLimits: undefined } });
      cleanups.push(() => service.close());
    };
    const expectUnavailable = async (response: Response) => {
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(ApiErrorBody.parse(await response.json()).code).toBe('database-unavailable');
    };
    /** Stop PostgreSQL hard; returns what starts it again (also run after a failed test). */
    const takeDown = () => {
      engines.postgres.kill();
      let down = true;
      const bringBack = () => {
        if (down) engines.postgres.start();
        down = false;
      };
      cleanups.unshift(async () => bringBack());
      return bringBack;
    };
    const waitUntilHealthy = async () => {
      for (let i = 0; (await service.app.request('/healthz')).status !== 200; i++) {
        if (i > 300) throw new Error('not healthy again');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    it('at start: answers 503 with Retry-After, and works once it is there, without a restart', async () => {
      const databaseUrl = await engines.postgres.createDatabase();
      const bringBack = takeDown();
      await open(databaseUrl);
      expect(service.readiness.isReady()).toBe(false);
      const batch = makeBatch();
      await expectUnavailable(await postBatch(service.app, batch));
      await expectUnavailable(await service.app.request('/healthz'));

      bringBack();
      await waitUntilHealthy();
      expect((await postBatch(service.app, batch)).status).toBe(201);
    }, PROCESS_MS);

    it('mid-run: 503 with Retry-After and nothing half-written; the same batch is stored once when it is back', async () => {
      const databaseUrl = await engines.postgres.createDatabase();
      await open(databaseUrl);
      expect((await postBatch(service.app, makeBatch())).status).toBe(201);

      const bringBack = takeDown();
      const batch = makeBatch();
      await expectUnavailable(await postBatch(service.app, batch));
      await expectUnavailable(await service.app.request(`/api/v1/receipts/ZZZZ-ZZZZ-ZZZZ`));

      bringBack();
      await waitUntilHealthy();
      expect((await postBatch(service.app, batch)).status).toBe(201);
      expect((await postBatch(service.app, batch)).status).toBe(200);
      expect(await countStored(databaseUrl, batch.suggestions.map((s) => s.id))).toBe(2);
    }, PROCESS_MS);
  });
});
