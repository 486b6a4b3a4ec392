import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { createFakeClock, type FakeClock } from '../../tests/support/fake-clock';
import type { Batch, ReceiptStatus, SubmissionReceipt } from '../model';
import { openLocalStore, type LocalStore } from '../store';
import { createOutbox, keepRetrying, type BacklogTransport, type Outbox, type SendProgress, type TransportFailure } from '.';

/** A backlog in memory: answers each submission with the next scripted failure, or with a receipt. */
function fakeBacklog() {
  const failures: TransportFailure[] = [];
  const submitted: Batch[] = [];
  const receipts = new Map<string, SubmissionReceipt>();
  let counter = 0;
  const transport: BacklogTransport = {
    endpoint: 'https://backlog.example',
    timeoutMs: 1_000,
    async submitBatch(batch) {
      submitted.push(batch);
      const failure = failures.shift();
      if (failure) return { ok: false, failure };
      const receipt = receipts.get(batch.batchId) ?? {
        batchId: batch.batchId,
        receivedAt: '2026-11-21T09:00:00.000Z',
        receipts: batch.suggestions.map((s) => ({ suggestionId: s.id, receiptCode: `CODE-${String(++counter).padStart(4, '0')}-TEST` })),
      };
      receipts.set(batch.batchId, receipt);
      return { ok: true, value: receipt };
    },
    async lookUpReceipt(code) {
      const status: ReceiptStatus = { receiptCode: code, status: 'planned', publicAnswer: 'Wir ändern das Formular im März.', updatedAt: '2026-12-01T10:00:00.000Z' };
      return code === 'NONE-NONE-NONE' ? { ok: false, failure: { kind: 'http', status: 404 } } : { ok: true, value: status };
    },
  };
  return { transport, failures, submitted };
}

const source = { kind: 'widget', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' } as const;
let stores: LocalStore[] = [];
afterEach(() => {
  stores.forEach((store) => store.close());
  stores = [];
});

async function setUp(count = 2, name = `test-${crypto.randomUUID()}`) {
  const store = await openLocalStore({ name });
  stores.push(store);
  const suggestions = Array.from({ length: count }, () => makeSuggestion());
  for (const suggestion of suggestions) await store.suggestions.add(suggestion, 'queued');
  const clock = createFakeClock();
  const backlog = fakeBacklog();
  const outbox = createOutbox({ store, source, transport: backlog.transport, now: clock.now, random: () => 0.5 });
  return { store, suggestions, clock, backlog, outbox, name };
}

const advanceTo = (clock: FakeClock, at: Date | undefined) => clock.set(at!);

describe('sending', () => {
  it('sends all unsent suggestions as one batch and stores the receipt on each', async () => {
    const { store, suggestions, backlog, outbox } = await setUp(3);
    const report = await outbox.send('all-unsent');
    expect(report.batches.map((entry) => entry.state)).toEqual(['sent']);
    expect(backlog.submitted).toHaveLength(1);
    for (const suggestion of suggestions) {
      expect(await store.suggestions.get(suggestion.id)).toMatchObject({ status: 'sent', batchId: report.batches[0]!.batch.batchId, receiptCode: expect.stringMatching(/^CODE-/) });
    }
    expect(report.nextRetryAt).toBeUndefined();
    expect((await outbox.send('all-unsent')).batches).toEqual([]);
  });

  it('splits 1.201 suggestions into three batches and reports progress after each', async () => {
    const { backlog, outbox } = await setUp(1201);
    const progress: SendProgress[] = [];
    await outbox.send('all-unsent', { onProgress: (p) => progress.push(p) });
    expect(backlog.submitted.map((batch) => batch.suggestions.length)).toEqual([500, 500, 201]);
    expect(progress.map((p) => `${p.batchesDone}/${p.batchesTotal} ${p.suggestionsDone}/${p.suggestionsTotal}`)).toEqual([
      '0/3 0/1201',
      '1/3 500/1201',
      '2/3 1000/1201',
      '3/3 1201/1201',
    ]);
  });

  it('re-sends a failed batch unchanged, with the same batchId, once its wait is over', async () => {
    const { backlog, clock, outbox } = await setUp();
    backlog.failures.push({ kind: 'network', detail: 'fetch failed' });
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, lastError: { retryable: true, code: 'delivery.network' } });
    // random 0.5 → three quarters of the first 5 s step.
    expect(failed!.nextAttemptAt).toBe('2026-11-21T09:00:03.750Z');

    expect((await outbox.retryDue()).batches).toEqual([]);
    advanceTo(clock, await outbox.nextRetryAt());
    const [sent] = (await outbox.retryDue()).batches;
    expect(sent).toMatchObject({ state: 'sent', attempts: 2 });
    expect(backlog.submitted[1]).toEqual(backlog.submitted[0]);
  });

  it('waits longer after every failure in a row', async () => {
    const { backlog, clock, outbox } = await setUp();
    backlog.failures.push(...Array.from({ length: 4 }, () => ({ kind: 'timeout' }) as const));
    await outbox.send('all-unsent');
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = (await outbox.nextRetryAt())!;
      waits.push(at.getTime() - clock.now().getTime());
      clock.set(at);
      await outbox.retryDue();
    }
    expect(waits).toEqual([3_750, 7_500, 15_000, 30_000]);
    expect((await outbox.list())[0]!.state).toBe('sent');
  });

  it('does not retry a refusal by itself, but sends again when the person asks', async () => {
    const { store, suggestions, backlog, clock, outbox } = await setUp();
    backlog.failures.push({ kind: 'http', status: 400, serverCode: 'source-not-allowed' });
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed!.lastError).toEqual({ code: 'delivery.rejected', status: 400, retryable: false, serverCode: 'source-not-allowed' });
    expect(await outbox.nextRetryAt()).toBeUndefined();
    clock.advance(24 * 3600_000);
    expect((await outbox.retryDue()).batches).toEqual([]);
    expect(await store.suggestions.get(suggestions[0]!.id)).toMatchObject({ status: 'queued', batchId: failed!.batch.batchId });

    const [sent] = (await outbox.send([suggestions[0]!.id])).batches;
    expect(sent).toMatchObject({ state: 'sent', batch: failed!.batch });
    expect(backlog.submitted).toHaveLength(2);
  });

  it('does not trust a receipt for another batch, and tries again', async () => {
    const { backlog, outbox } = await setUp();
    backlog.transport.submitBatch = async (batch) => ({
      ok: true,
      value: { batchId: batch.batchId, receivedAt: '2026-11-21T09:00:00.000Z', receipts: [{ suggestionId: batch.suggestions[0]!.id, receiptCode: 'AAAA-BBBB-CCCC' }] },
    });
    const [entry] = (await outbox.send('all-unsent')).batches;
    expect(entry).toMatchObject({ state: 'failed', lastError: { retryable: true, code: 'delivery.wrong-receipt' } });
  });

  it('refuses to send without a backlog address, and changes nothing', async () => {
    const { store, suggestions } = await setUp();
    const offline = createOutbox({ store, source });
    await expect(offline.send('all-unsent')).rejects.toMatchObject({ problem: { code: 'outbox.no-endpoint' } });
    expect(await store.suggestions.get(suggestions[0]!.id)).toMatchObject({ status: 'queued' });
    expect(await offline.list()).toEqual([]);
    expect(await offline.retryDue()).toEqual({ batches: [], skipped: [] });
  });

  it('reports chosen suggestions it cannot send', async () => {
    const { outbox } = await setUp();
    const unknown = crypto.randomUUID();
    expect((await outbox.send([unknown])).skipped).toEqual([{ id: unknown, reason: 'unknown' }]);
  });
});

describe('two contexts on one device (two tabs, or a tab and the service worker)', () => {
  it('never send the same batch at the same time', async () => {
    const first = await setUp(2);
    const secondStore = await openLocalStore({ name: first.name });
    stores.push(secondStore);
    const second = createOutbox({ store: secondStore, source, transport: first.backlog.transport, now: first.clock.now, random: () => 0.5 });
    await first.outbox.queue('all-unsent');
    await Promise.all([first.outbox.retryDue(), second.retryDue(), first.outbox.retryDue()]);
    expect(first.backlog.submitted).toHaveLength(1);
  });
});

describe('keepRetrying', () => {
  it('sets one timer for the next due time and retries when it fires', async () => {
    const { backlog, clock, outbox } = await setUp();
    const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
    const stop = keepRetrying(outbox, {
      now: clock.now,
      timers: { setTimeout: (run, ms) => timers.push({ run, ms, cleared: false }) - 1, clearTimeout: (handle) => void (timers[handle as number]!.cleared = true) },
    });
    backlog.failures.push({ kind: 'http', status: 503, retryAfter: '60' });
    await outbox.send('all-unsent');
    await expect.poll(() => timers.filter((timer) => !timer.cleared).map((timer) => timer.ms)).toEqual([60_000]);

    clock.advance(60_000);
    timers.find((timer) => !timer.cleared)!.run();
    await expect.poll(async () => (await outbox.list())[0]!.state).toBe('sent');
    stop();
    expect(timers.every((timer) => timer.cleared || timer.ms === 60_000)).toBe(true);
  });
});

describe('answers', () => {
  it('looks up the answer by receipt code and marks the suggestion answered', async () => {
    const { store, suggestions, outbox } = await setUp(1);
    await outbox.send('all-unsent');
    const code = (await store.suggestions.get(suggestions[0]!.id))!.receiptCode!;
    const status = await outbox.refreshReceiptStatus(code.toLowerCase());
    expect(status.publicAnswer).toBe('Wir ändern das Formular im März.');
    expect(await store.suggestions.get(suggestions[0]!.id)).toMatchObject({ status: 'answered' });
    expect(await store.receipts.get(code)).toMatchObject({ status, checkedAt: '2026-11-21T09:00:00.000Z' });
  });

  it('says clearly when a code is malformed or unknown', async () => {
    const { outbox } = await setUp(1);
    await expect(outbox.refreshReceiptStatus('123')).rejects.toMatchObject({ problem: { code: 'receipt.code-invalid' } });
    await expect(outbox.refreshReceiptStatus('NONE-NONE-NONE')).rejects.toMatchObject({ problem: { code: 'receipt.unknown' } });
  });
});
