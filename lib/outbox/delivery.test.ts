/**
 * Delivery against a real HTTP server that fails on purpose (tests/support/fault-backlog-server.ts).
 * For every fault: each suggestion ends up stored exactly once on the server, and every suggestion is still
 * on the device with the right status. Time is a fake clock, so waits of minutes take no time.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { createFakeClock, type FakeClock } from '../../tests/support/fake-clock';
import { startFaultBacklogServer, type FaultBacklogServer } from '../../tests/support/fault-backlog-server';
import type { Suggestion } from '../model';
import { openLocalStore, type LocalStore } from '../store';
import { createHttpTransport, createOutbox, type BacklogTransport, type Outbox } from '.';

const source = { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' } as const;
/** Short, so a hanging server costs the suite a fraction of a second. */
const TIMEOUT_MS = 250;

let server: FaultBacklogServer;
let stores: LocalStore[] = [];
let clock: FakeClock;

beforeEach(async () => {
  server = await startFaultBacklogServer();
  clock = createFakeClock();
});
afterEach(async () => {
  stores.forEach((store) => store.close());
  stores = [];
  await server.close();
});

async function openDevice(name: string, transport: BacklogTransport = createHttpTransport({ endpoint: server.url, timeoutMs: TIMEOUT_MS })) {
  const store = await openLocalStore({ name });
  stores.push(store);
  return { store, outbox: createOutbox({ store, source, transport, now: clock.now, random: () => 0.5 }) };
}

/** A device holding `count` finished suggestions waiting to be sent. */
async function deviceWithSuggestions(count = 3) {
  const name = `test-${crypto.randomUUID()}`;
  const device = await openDevice(name);
  const suggestions = Array.from({ length: count }, () => makeSuggestion());
  for (const suggestion of suggestions) await device.store.suggestions.add(suggestion, 'queued');
  return { ...device, suggestions, name };
}

/** Let the fake clock reach the outbox's next attempt and run it, as the retry timer or alarm would. */
async function retryWhenDue(outbox: Outbox) {
  const at = await outbox.nextRetryAt();
  expect(at, 'a retry must be scheduled').toBeDefined();
  clock.set(at!);
  return outbox.retryDue();
}

const batchPosts = () => server.requests.filter((request) => request.method === 'POST');

/** The promise of the issue: stored exactly once on the server, nothing lost or left unsent on the device. */
async function expectDeliveredExactlyOnce(store: LocalStore, suggestions: Suggestion[]) {
  const storedIds = server.stored.map((row) => row.suggestion.id);
  expect(storedIds.sort()).toEqual(suggestions.map((s) => s.id).sort());
  expect(server.arrivedInOtherBatch).toEqual([]);
  for (const suggestion of suggestions) {
    const row = server.stored.find((r) => r.suggestion.id === suggestion.id)!;
    expect(row.suggestion).toEqual(suggestion);
    expect(await store.suggestions.get(suggestion.id)).toEqual({ suggestion, status: 'sent', batchId: row.batchId, receiptCode: row.receiptCode });
  }
  expect((await store.outbox.list()).every((entry) => entry.state === 'sent')).toBe(true);
  expect(await store.outbox.listUnsent()).toEqual([]);
  // Every attempt at a batch carried that batch's id as its idempotency key.
  const keys = new Set(server.stored.map((row) => row.batchId));
  expect(batchPosts().every((request) => request.idempotencyKey && keys.has(request.idempotencyKey))).toBe(true);
}

/** While a batch waits for a retry, every suggestion is still on the device, queued in that batch. */
async function expectKeptQueued(store: LocalStore, suggestions: Suggestion[]) {
  const records = await Promise.all(suggestions.map((s) => store.suggestions.get(s.id)));
  expect(records.map((record) => record?.status)).toEqual(suggestions.map(() => 'queued'));
  expect(new Set(records.map((record) => record?.batchId)).size).toBe(1);
}

describe('delivery survives', () => {
  it('connection refused: waits, and sends when the backlog is back', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    await server.refuseConnections();
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed).toMatchObject({ state: 'failed', lastError: { retryable: true, code: 'delivery.network' } });
    await expectKeptQueued(store, suggestions);

    await server.resume();
    await retryWhenDue(outbox);
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('timeout after the server stored the batch: the retry gets the same receipt', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'hang', afterStore: true });
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed!.lastError?.code).toBe('delivery.timeout');
    expect(server.stored).toHaveLength(3);
    await expectKeptQueued(store, suggestions);

    await retryWhenDue(outbox);
    await expectDeliveredExactlyOnce(store, suggestions);
    expect(batchPosts().map((request) => request.outcome)).toEqual(['hung', 200]);
  });

  it('timeout before the server stored anything', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'hang' });
    await outbox.send('all-unsent');
    expect(server.stored).toEqual([]);
    await retryWhenDue(outbox);
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('500: retries with backoff until the server recovers', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed!.lastError).toMatchObject({ status: 500, retryable: true, code: 'delivery.server-error' });
    await retryWhenDue(outbox);
    await expectKeptQueued(store, suggestions);
    await retryWhenDue(outbox);
    await expectDeliveredExactlyOnce(store, suggestions);
    expect(batchPosts().map((request) => request.outcome)).toEqual([500, 500, 201]);
  });

  it('503 with Retry-After: not a moment earlier than the server asked', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'status', status: 503, retryAfter: '120' });
    const start = clock.now().getTime();
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(Date.parse(failed!.nextAttemptAt!) - start).toBe(120_000);

    clock.advance(119_000);
    expect((await outbox.retryDue()).batches).toEqual([]);
    expect(batchPosts()).toHaveLength(1);
    clock.advance(1_000);
    await outbox.retryDue();
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('429 with Retry-After as a date: waits until then, telling the person the server is busy', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'status', status: 429, retryAfter: 'Sat, 21 Nov 2026 09:05:00 GMT' });
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed).toMatchObject({ nextAttemptAt: '2026-11-21T09:05:00.000Z', lastError: { status: 429, code: 'delivery.busy' } });
    await retryWhenDue(outbox);
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('connection dropped after the server stored the batch', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'drop-after-store' });
    const [failed] = (await outbox.send('all-unsent')).batches;
    expect(failed!.state).toBe('failed');
    await expectKeptQueued(store, suggestions);
    await retryWhenDue(outbox);
    await expectDeliveredExactlyOnce(store, suggestions);
    expect(batchPosts().map((request) => request.outcome)).toEqual(['dropped', 200]);
  });

  it('duplicate delivery by something in between (a retrying proxy)', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'duplicate' });
    await outbox.send('all-unsent');
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('duplicate delivery from the device: two tabs, a re-import of the same file, a second press on "send"', async () => {
    const { store, outbox, suggestions, name } = await deviceWithSuggestions();
    const otherTab = await openDevice(name);
    await outbox.queue('all-unsent');
    await Promise.all([outbox.retryDue(), otherTab.outbox.retryDue()]);
    expect(batchPosts()).toHaveLength(1);

    const [entry] = await outbox.list();
    await outbox.importBatchFile((await outbox.exportJson(entry!.batch.batchId)).text);
    expect((await outbox.send(suggestions.map((s) => s.id))).skipped.map((skip) => skip.reason)).toEqual(['already-sent', 'already-sent', 'already-sent']);
    await outbox.retryDue();
    expect(batchPosts()).toHaveLength(1);
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('400 with a message: shown to the person, not retried by itself, sent once after the fix', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions();
    server.failNext({ kind: 'status', status: 400, code: 'site-not-allowed', error: 'Die Website ist für dieses Backlog nicht freigegeben', problems: [{ path: 'source.site', message: 'unbekannt' }] });
    const [failed] = (await outbox.send('all-unsent')).batches;
    // The server's machine-readable reason is kept for the person's contact; its German sentence is not.
    expect(failed!.lastError).toEqual({ code: 'delivery.rejected', status: 400, retryable: false, serverCode: 'site-not-allowed' });
    expect(await outbox.nextRetryAt()).toBeUndefined();
    clock.advance(7 * 24 * 3600_000);
    await outbox.retryDue();
    expect(batchPosts()).toHaveLength(1);
    await expectKeptQueued(store, suggestions);
    // Nothing is lost: the batch can still leave as a file …
    expect(JSON.parse((await outbox.exportJson(failed!.batch.batchId)).text)).toEqual(failed!.batch);
    // … or, once the backlog accepts it, be sent again by the person ("alle ungesendeten senden"), unchanged.
    const [resent] = (await outbox.send('all-unsent')).batches;
    expect(resent!.batch).toEqual(failed!.batch);
    await expectDeliveredExactlyOnce(store, suggestions);
  });

  it('a server that never stored it is told by the server itself: a bad batch gets 400 with every problem', async () => {
    const response = await fetch(`${server.url}/api/v1/batches`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'x' },
      body: JSON.stringify({ batchId: 'x', schemaVersion: 1, suggestions: [] }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; problems: Array<{ path: string }> };
    expect(body.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['batchId', 'createdAt', 'source', 'suggestions']));
  });
});

describe('browser closed mid-send', () => {
  const WHEN_CLOSED = [
    ['before the request reached the server', false],
    ['after the server stored the batch', true],
  ] as const;

  /** Context A begins to send and never hears back: the browser is closed while the request is out. */
  async function closedMidSend(reachesServer: boolean) {
    const device = await deviceWithSuggestions();
    const real = createHttpTransport({ endpoint: server.url, timeoutMs: TIMEOUT_MS });
    const dying: BacklogTransport = {
      ...real,
      submitBatch: async (batch) => {
        if (reachesServer) await real.submitBatch(batch);
        return new Promise(() => {});
      },
    };
    const closing = await openDevice(device.name, dying);
    void closing.outbox.send('all-unsent');
    await expect.poll(async () => (await device.store.outbox.list())[0]?.state).toBe('sending');
    if (reachesServer) await expect.poll(() => server.stored.length).toBe(3);
    closing.store.close();
    device.store.close();
    return device;
  }

  it.each(WHEN_CLOSED)('%s: the next start sends the same batch again, and the server stores it once', async (_when, reachesServer) => {
    const { name, suggestions } = await closedMidSend(reachesServer);
    const restarted = await openDevice(name);
    const [left] = await restarted.store.outbox.list();
    expect(left).toMatchObject({ state: 'sending', attempts: 1 });
    await expectKeptQueued(restarted.store, suggestions);

    // Right after the restart the dead attempt's claim still holds; the outbox says when it runs out.
    expect((await restarted.outbox.retryDue()).batches).toEqual([]);
    expect((await restarted.outbox.nextRetryAt())?.toISOString()).toBe(left!.claimedUntil);
    await retryWhenDue(restarted.outbox);
    await expectDeliveredExactlyOnce(restarted.store, suggestions);
    expect((await restarted.store.outbox.list())[0]!.batch).toEqual(left!.batch);
  });

  it.each(WHEN_CLOSED)('%s: the extension’s service worker, the only sender, resends at once on its next start', async (_when, reachesServer) => {
    const { name, suggestions } = await closedMidSend(reachesServer);
    const serviceWorker = await openDevice(name);
    const [resent] = (await serviceWorker.outbox.resumeInterrupted()).batches;
    expect(resent).toMatchObject({ state: 'sent', attempts: 2 });
    await expectDeliveredExactlyOnce(serviceWorker.store, suggestions);
  });
});

describe('files where there is no network path', () => {
  it('a batch exported on an offline device and imported elsewhere is stored once, even when the offline device sends it later', async () => {
    const offline = await deviceWithSuggestions();
    const [entry] = (await offline.outbox.queue('all-unsent')).created;
    const file = await offline.outbox.exportJson(entry!.batch.batchId);

    const office = await openDevice(`test-${crypto.randomUUID()}`);
    await office.outbox.importBatchFile(file.text);
    await office.outbox.retryDue();
    await expectDeliveredExactlyOnce(office.store, offline.suggestions);

    await offline.outbox.retryDue();
    await expectDeliveredExactlyOnce(offline.store, offline.suggestions);
  });
});

describe('answers and access', () => {
  it('the submitter sees the administration’s answer by receipt code, without an account', async () => {
    const { store, outbox, suggestions } = await deviceWithSuggestions(1);
    await outbox.send('all-unsent');
    const { receiptCode } = (await store.suggestions.get(suggestions[0]!.id))!;
    expect(await outbox.refreshReceiptStatus(receiptCode!)).toMatchObject({ status: 'received' });
    expect((await store.suggestions.get(suggestions[0]!.id))!.status).toBe('sent');

    server.answer(receiptCode!, 'planned', 'Wir erklären die Garage ab März direkt am Feld.');
    expect(await outbox.refreshReceiptStatus(receiptCode!)).toMatchObject({ status: 'planned', publicAnswer: 'Wir erklären die Garage ab März direkt am Feld.' });
    expect((await store.suggestions.get(suggestions[0]!.id))!.status).toBe('answered');
    await expect(outbox.refreshReceiptStatus('ZZZZ-ZZZZ-ZZZZ')).rejects.toMatchObject({ problem: { code: 'receipt.unknown' } });
  });

  it('sends the bearer token, and stops with a clear message when the backlog refuses it', async () => {
    await server.close();
    server = await startFaultBacklogServer({ token: 'geheim' });
    const refused = await deviceWithSuggestions(1);
    const [failed] = (await refused.outbox.send('all-unsent')).batches;
    expect(failed!.lastError).toMatchObject({ status: 401, retryable: false, code: 'delivery.unauthorized' });

    const withToken = await openDevice(refused.name, createHttpTransport({ endpoint: server.url, token: 'geheim', timeoutMs: TIMEOUT_MS }));
    await withToken.outbox.send('all-unsent');
    expect(batchPosts().map((request) => request.authorization)).toEqual([undefined, 'Bearer geheim']);
    await expectDeliveredExactlyOnce(withToken.store, refused.suggestions);
    // Looking up an answer needs the receipt code only.
    const { receiptCode } = (await withToken.store.suggestions.get(refused.suggestions[0]!.id))!;
    expect(await refused.outbox.refreshReceiptStatus(receiptCode!)).toMatchObject({ status: 'received' });
  });
});

describe('a withdrawn suggestion never reaches the backlog, whatever fails', () => {
  /**
   * Every fault above, each tried on a fresh device: the first attempt fails that way, then the person
   * withdraws one suggestion. Where the backlog may already hold the batch, the withdrawal is refused
   * with a reason; where it certainly does not, it is carried out. Either way, what the backlog ends with
   * is exactly the suggestions that were not withdrawn (plus the refused one), each once.
   */
  const faults: Array<{ name: string; arrange(): void | Promise<void>; recover?(): Promise<void>; mayHaveArrived: boolean }> = [
    { name: 'connection refused', arrange: () => server.refuseConnections(), recover: () => server.resume(), mayHaveArrived: true },
    { name: 'timeout before storing', arrange: () => server.failNext({ kind: 'hang' }), mayHaveArrived: true },
    { name: 'timeout after storing', arrange: () => server.failNext({ kind: 'hang', afterStore: true }), mayHaveArrived: true },
    { name: 'connection dropped after storing', arrange: () => server.failNext({ kind: 'drop-after-store' }), mayHaveArrived: true },
    { name: '500', arrange: () => server.failNext({ kind: 'status', status: 500 }), mayHaveArrived: true },
    { name: '503 with Retry-After', arrange: () => server.failNext({ kind: 'status', status: 503, retryAfter: '120' }), mayHaveArrived: true },
    { name: '409 still in flight', arrange: () => server.failNext({ kind: 'status', status: 409 }), mayHaveArrived: true },
    { name: '429 busy', arrange: () => server.failNext({ kind: 'status', status: 429, retryAfter: '60' }), mayHaveArrived: false },
    { name: '400 refused', arrange: () => server.failNext({ kind: 'status', status: 400 }), mayHaveArrived: false },
    { name: '401 no access', arrange: () => server.failNext({ kind: 'status', status: 401 }), mayHaveArrived: false },
    { name: '404 wrong address', arrange: () => server.failNext({ kind: 'status', status: 404 }), mayHaveArrived: false },
    { name: '413 too large', arrange: () => server.failNext({ kind: 'status', status: 413 }), mayHaveArrived: false },
    { name: 'duplicated by a proxy', arrange: () => server.failNext({ kind: 'duplicate' }), mayHaveArrived: true },
  ];

  it.each(faults)('$name', async ({ arrange, recover, mayHaveArrived }) => {
    const { store, outbox, suggestions } = await deviceWithSuggestions(3);
    const [withdrawn, ...kept] = suggestions as [Suggestion, ...Suggestion[]];
    await arrange();
    await outbox.send('all-unsent');
    await recover?.();

    const withdrawal = await outbox.withdraw(withdrawn.id).then(
      () => 'withdrawn',
      (error: { problem?: { code: string } }) => error.problem?.code,
    );
    if (mayHaveArrived) {
      expect(['suggestion.delivery-uncertain', 'suggestion.already-sent']).toContain(withdrawal);
    } else {
      expect(withdrawal).toBe('withdrawn');
    }

    // Whatever is left goes out: the person presses "send", or the retry comes round.
    clock.advance(7 * 24 * 3600_000);
    await outbox.send('all-unsent');
    const stored = server.stored.map((row) => row.suggestion.id);
    if (withdrawal === 'withdrawn') {
      expect(stored).not.toContain(withdrawn.id);
      expect(await store.suggestions.get(withdrawn.id)).toBeUndefined();
      expect(stored.sort()).toEqual(kept.map((s) => s.id).sort());
    } else {
      await expectDeliveredExactlyOnce(store, suggestions);
    }
    expect(new Set(stored).size).toBe(stored.length);
  });
});
