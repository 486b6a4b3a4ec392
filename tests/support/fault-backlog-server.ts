/**
 * The real backlog service (server/, on an in-memory PGlite) behind a thin wrapper that can be told to fail
 * in the ways real networks and servers fail, and that records what it saw. Clients are therefore always
 * tested against the real protocol logic. Binds 127.0.0.1 on a free port.
 *
 * All wrappers of one test process share one PGlite (see shared-pglite.ts); each starts with empty tables.
 */
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Batch, type ApiErrorCode, type ApiProblem, type BacklogStatus, type SubmissionReceipt, type Suggestion } from '../../lib/model';
import { storeTokenHash } from '../../server/access/tokens';
import { createBacklogService } from '../../server/service';
import { setAnswer, setStatus } from '../../server/triage/write';
import { emptyTables, sharedPglite } from './shared-pglite';

export type Fault =
  /** Answer with this status (and optional Retry-After and message) without storing anything. */
  /** `code`: any backlog's reason, ours (`ApiErrorCode`) or a Jobcenter's own system's. */
  | { kind: 'status'; status: number; retryAfter?: string; error?: string; code?: string; problems?: Array<Omit<ApiProblem, 'code'>> }
  /** Never answer. With `afterStore`, the batch is stored first: the dangerous kind of timeout. */
  | { kind: 'hang'; afterStore?: boolean }
  /** Store the batch, then cut the connection before any answer: the client cannot know it arrived. */
  | { kind: 'drop-after-store' }
  /** Like a proxy that retries on its own: the same request reaches the service twice. */
  | { kind: 'duplicate' };

export interface StoredRow {
  suggestion: Suggestion;
  batchId: string;
  receiptCode: string;
  status: BacklogStatus;
  publicAnswer?: string;
  updatedAt: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  authorization?: string;
  /** HTTP status answered, or what happened instead. */
  outcome: number | 'dropped' | 'hung';
}

export interface FaultBacklogServer {
  /** Base address, e.g. "http://127.0.0.1:41234". */
  readonly url: string;
  /** Faults for the next batch submissions (`POST /api/v1/batches`), one per request, in order. */
  failNext(...faults: Fault[]): void;
  /** Stop listening and cut open connections: connections are refused until `resume`. Stored data stays. */
  refuseConnections(): Promise<void>;
  resume(): Promise<void>;
  /** Every suggestion stored, in order. A system that delivers exactly once never has an id twice here. */
  readonly stored: readonly StoredRow[];
  /** Suggestions that arrived again inside a different batch: a client that rebuilt a batch instead of re-sending it. */
  readonly arrivedInOtherBatch: readonly string[];
  readonly requests: readonly RecordedRequest[];
  /**
   * The administration answers through the real triage logic (workflow rules, privacy filter). Requests that
   * reach the server afterwards see the answer, whether or not the caller awaits this.
   */
  answer(receiptCode: string, status: BacklogStatus, publicAnswer?: string): Promise<void>;
  close(): Promise<void>;
}

export interface FaultServerOptions {
  /** When set, `Authorization: Bearer <token>` is required to submit. */
  token?: string;
  /** Request bodies above this are refused with 413; the protocol asks servers to accept at least 5 MB. */
  maxBodyBytes?: number;
  now?: () => Date;
}

const API_BATCHES = '/api/v1/batches';
const never = () => new Promise<Response>(() => undefined);
let openWrappers = 0;

/**
 * Run one batch and one lookup through a throw-away service while the test file loads, where no test
 * timeout runs: the first test then meets a warm database and warm code paths, as a running backlog would,
 * and not a cold start slower than its client's short timeout.
 */
async function warmUp() {
  const service = await createBacklogService({ pglite: await sharedPglite(), logLevel: 'silent', settings: { rateLimits: undefined } });
  // Enough rounds for the JIT to compile the hot paths (validation, SQL building, JSON), not one cold pass.
  for (let round = 0; round < 15; round++) {
    const batchId = crypto.randomUUID();
    const at = new Date().toISOString();
    const suggestion = {
      id: crypto.randomUUID(), schemaVersion: 1, createdAt: at, updatedAt: at, authorRole: 'other', language: 'de', category: 'other',
      page: { url: 'https://warm-up.example/', title: 'warm-up' }, target: { kind: 'page', selectors: [] }, problem: 'warm-up',
    };
    const response = await service.app.request('/api/v1/batches', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batchId },
      body: JSON.stringify({ batchId, schemaVersion: 1, createdAt: at, source: { kind: 'extension', version: '0', site: 'https://warm-up.example' }, suggestions: [suggestion] }),
    });
    const { receipts } = (await response.json()) as SubmissionReceipt;
    // Answering runs the privacy filter, whose first call builds its patterns: not inside a test's timeout.
    await setStatus(service.database.db, suggestion.id, { status: 'planned' }, { name: 'warm-up' }, new Date());
    await setAnswer(service.database.db, suggestion.id, { publicAnswer: 'Danke, wir prüfen das. Rückfragen: info@warm-up.example' }, new Date());
    await service.app.request(`/api/v1/receipts/${receipts[0]!.receiptCode}`);
  }
  await service.close();
}
await warmUp();

/** The error code a faked status would carry from the real service. */
const FAKED_CODES: Record<number, ApiErrorCode> = {
  400: 'schema-violation', 401: 'token-invalid', 403: 'role-insufficient', 404: 'not-found', 409: 'batch-in-progress',
  413: 'body-too-large', 422: 'batch-id-reused', 429: 'rate-limited', 503: 'database-unavailable',
};

export async function startFaultBacklogServer(options: FaultServerOptions = {}): Promise<FaultBacklogServer> {
  const pglite = await sharedPglite();
  const service = await createBacklogService({
    pglite,
    logLevel: 'silent',
    ...(options.now ? { now: options.now } : {}),
    settings: {
      allowedOrigins: ['*'],
      requireSubmitToken: options.token !== undefined,
      rateLimits: undefined,
      ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    },
  });
  if (openWrappers === 0) await emptyTables(pglite);
  openWrappers++;
  if (options.token) await storeTokenHash(service.database.db, 'test-client', 'submit', options.token);

  const faults: Fault[] = [];
  const stored: StoredRow[] = [];
  const arrivedInOtherBatch: string[] = [];
  const requests: RecordedRequest[] = [];
  let answersWritten: Promise<unknown> = Promise.resolve();

  /**
   * Mirror what a 201 stored, in receipt order, without asking the database again (that would slow every
   * answer): a receipt code this wrapper has not seen before is a new row of this batch.
   */
  async function noteStored(sent: Request, response: Response) {
    if (response.status !== 201) return;
    const receipt = (await response.clone().json()) as SubmissionReceipt;
    // Parsed as the service parsed it, so the mirror holds what the database holds (defaults filled in).
    const batch = Batch.parse(await sent.json());
    const known = new Set(stored.map((row) => row.receiptCode));
    batch.suggestions.forEach((suggestion, index) => {
      const { receiptCode } = receipt.receipts[index]!;
      if (known.has(receiptCode)) arrivedInOtherBatch.push(suggestion.id);
      else stored.push({ suggestion, batchId: batch.batchId, receiptCode, status: 'received', updatedAt: receipt.receivedAt });
    });
  }

  async function forward(request: Request, env: HttpBindings): Promise<Response> {
    const copy = request.method === 'POST' ? request.clone() : undefined;
    const response = await service.app.fetch(request, env);
    if (copy) await noteStored(copy, response);
    return response;
  }

  async function handle(request: Request, env: HttpBindings): Promise<Response> {
    await answersWritten;
    const path = new URL(request.url).pathname;
    const record: RecordedRequest = {
      method: request.method,
      path,
      ...(request.headers.get('idempotency-key') ? { idempotencyKey: request.headers.get('idempotency-key')! } : {}),
      ...(request.headers.get('authorization') ? { authorization: request.headers.get('authorization')! } : {}),
      outcome: 0,
    };
    requests.push(record);
    const fault = request.method === 'POST' && path === API_BATCHES ? faults.shift() : undefined;
    let response: Response;
    switch (fault?.kind) {
      case undefined:
        response = await forward(request, env);
        break;
      case 'status': {
        const code = fault.code ?? FAKED_CODES[fault.status] ?? 'internal';
        const body = { error: fault.error ?? `Fehler ${fault.status}`, code, ...(fault.problems ? { problems: fault.problems.map((p) => ({ ...p, code: 'custom' })) } : {}) };
        response = Response.json(body, {
          status: fault.status,
          headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After', ...(fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {}) },
        });
        break;
      }
      case 'hang':
        if (fault.afterStore) await forward(request, env);
        record.outcome = 'hung';
        return never();
      case 'drop-after-store':
        await forward(request, env);
        record.outcome = 'dropped';
        env.incoming.socket.destroy();
        return never();
      case 'duplicate': {
        const body = await request.arrayBuffer();
        const again = () => new Request(request.url, { method: request.method, headers: request.headers, body });
        await forward(again(), env);
        response = await forward(again(), env);
        break;
      }
    }
    record.outcome = response.status;
    return response;
  }

  const server = createServer(getRequestListener((request, env) => handle(request, env as HttpBindings)));
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive and hung connections would otherwise keep working (or keep close() waiting).
      server.closeAllConnections();
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  const actor = { name: 'fault-backlog-server' };
  let closed = false;

  return {
    url: `http://127.0.0.1:${port}`,
    failNext: (...more) => void faults.push(...more),
    refuseConnections: stop,
    resume: () => listen(port),
    stored,
    arrivedInOtherBatch,
    requests,
    answer(receiptCode, status, publicAnswer) {
      const row = stored.find((r) => r.receiptCode === receiptCode);
      if (!row) throw new Error(`unknown receipt code ${receiptCode}`);
      const now = options.now?.() ?? new Date();
      const written = (async () => {
        const { db } = service.database;
        if (row.status !== status) await setStatus(db, row.suggestion.id, { status }, actor, now);
        if (publicAnswer !== undefined) await setAnswer(db, row.suggestion.id, { publicAnswer }, now);
        const updated = await db.selectFrom('suggestions').select(['status', 'public_answer']).where('id', '=', row.suggestion.id).executeTakeFirstOrThrow();
        Object.assign(row, { status: updated.status, updatedAt: now.toISOString(), ...(updated.public_answer ? { publicAnswer: updated.public_answer } : {}) });
      })();
      answersWritten = answersWritten.then(() => written.catch(() => undefined));
      return written;
    },
    async close() {
      if (server.listening) await stop();
      if (closed) return;
      closed = true;
      await service.close();
      openWrappers--;
    },
  };
}
