/**
 * A backlog server for tests that follows docs/backlog-protocol.md honestly (stores batches by batchId,
 * answers a repeated batch with the same receipt, validates with the zod model, serves receipt status)
 * and can be told to fail in the ways real networks and servers fail. Binds 127.0.0.1 on a free port.
 */
import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Batch,
  parseWith,
  ValidationError,
  type BacklogStatus,
  type Batch as BatchType,
  type ReceiptStatus,
  type SubmissionReceipt,
  type Suggestion,
  type FieldProblem as ValidationProblem,
} from '../../lib/model';

export type Fault =
  /** Answer with this status (and optional Retry-After and message) without storing anything. */
  | { kind: 'status'; status: number; retryAfter?: string; code?: string; error?: string; problems?: ValidationProblem[] }
  /** Never answer. With `afterStore`, the batch is stored first: the dangerous kind of timeout. */
  | { kind: 'hang'; afterStore?: boolean }
  /** Store the batch, then cut the connection before any answer: the client cannot know it arrived. */
  | { kind: 'drop-after-store' }
  /** Like a proxy that retries on its own: the same request reaches the handler twice. */
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
  /** The administration answers: set a suggestion's status and public answer. */
  answer(receiptCode: string, status: BacklogStatus, publicAnswer?: string): void;
  close(): Promise<void>;
}

export interface FaultServerOptions {
  /** When set, `Authorization: Bearer <token>` is required. */
  token?: string;
  /** Request bodies above this are refused with 413; the protocol asks servers to accept at least 5 MB. */
  maxBodyBytes?: number;
  now?: () => Date;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const API = '/api/v1';

class TooLarge extends Error {}

function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) reject(new TooLarge());
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startFaultBacklogServer(options: FaultServerOptions = {}): Promise<FaultBacklogServer> {
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? 5_000_000;
  const faults: Fault[] = [];
  const stored: StoredRow[] = [];
  const arrivedInOtherBatch: string[] = [];
  const requests: RecordedRequest[] = [];
  const batches = new Map<string, { fingerprint: string; receipt: SubmissionReceipt }>();
  const rowsBySuggestion = new Map<string, StoredRow>();
  const rowsByCode = new Map<string, StoredRow>();

  function newReceiptCode(): string {
    for (;;) {
      const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      const code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
      if (!rowsByCode.has(code)) return code;
    }
  }

  type Answer = { status: number; body: unknown; headers?: Record<string, string> };
  const problem = (status: number, error: string, problems?: ValidationProblem[], code = `http-${status}`): Answer => ({
    status,
    body: problems ? { error, code, problems } : { error, code },
  });

  /** The protocol's batch endpoint, without faults. */
  function acceptBatch(body: string, idempotencyKey: string | undefined): Answer {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return problem(400, 'Der Inhalt ist kein gültiges JSON');
    }
    let batch: BatchType;
    try {
      batch = parseWith(Batch, data, 'Paket');
    } catch (error) {
      if (error instanceof ValidationError) return problem(400, 'Das Paket entspricht nicht dem Schema', error.problems);
      throw error;
    }
    if (!idempotencyKey) return problem(400, 'Der Header Idempotency-Key fehlt');
    if (idempotencyKey !== batch.batchId) return problem(400, 'Idempotency-Key muss gleich der batchId sein');

    const fingerprint = JSON.stringify(batch);
    const earlier = batches.get(batch.batchId);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) return problem(422, 'Diese batchId wurde schon für ein anderes Paket verwendet');
      return { status: 200, body: earlier.receipt, headers: { 'Idempotent-Replayed': 'true' } };
    }

    const receivedAt = now().toISOString();
    const receipts = batch.suggestions.map((suggestion) => {
      const known = rowsBySuggestion.get(suggestion.id);
      if (known) {
        // Already stored through another batch (an imported file can overlap): never a second row.
        arrivedInOtherBatch.push(suggestion.id);
        return { suggestionId: suggestion.id, receiptCode: known.receiptCode };
      }
      const row: StoredRow = { suggestion, batchId: batch.batchId, receiptCode: newReceiptCode(), status: 'received', updatedAt: receivedAt };
      stored.push(row);
      rowsBySuggestion.set(suggestion.id, row);
      rowsByCode.set(row.receiptCode, row);
      return { suggestionId: suggestion.id, receiptCode: row.receiptCode };
    });
    const receipt: SubmissionReceipt = { batchId: batch.batchId, receivedAt, receipts };
    batches.set(batch.batchId, { fingerprint, receipt });
    return { status: 201, body: receipt };
  }

  function receiptStatus(code: string): Answer {
    const row = rowsByCode.get(code);
    if (!row) return problem(404, 'Zu diesem Code ist kein Vorschlag bekannt');
    const status: ReceiptStatus = { receiptCode: code, status: row.status, updatedAt: row.updatedAt, ...(row.publicAnswer ? { publicAnswer: row.publicAnswer } : {}) };
    return { status: 200, body: status };
  }

  function send(response: ServerResponse, answer: Answer) {
    response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // The widget posts from a Jobcenter page to another origin: answer CORS. No cookies, so "*" is enough.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const record: RecordedRequest = {
      method: request.method ?? '',
      path,
      ...(typeof request.headers['idempotency-key'] === 'string' ? { idempotencyKey: request.headers['idempotency-key'] } : {}),
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      outcome: 0,
    };
    requests.push(record);
    const answer = (result: Answer) => {
      record.outcome = result.status;
      send(response, result);
    };

    if (request.method === 'OPTIONS') {
      record.outcome = 204;
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization, Idempotency-Key',
        'Access-Control-Max-Age': '86400',
      });
      return response.end();
    }
    // The receipt code is the key to its status: the submitter has no account and no token.
    const receiptPath = path.match(/^\/api\/v1\/receipts\/([^/]+)$/);
    if (request.method === 'GET' && receiptPath) return answer(receiptStatus(decodeURIComponent(receiptPath[1]!)));
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      return answer(problem(401, 'Zugangsschlüssel fehlt oder ist falsch'));
    }
    if (path !== `${API}/batches`) return answer(problem(404, 'Unbekannte Adresse'));
    if (request.method !== 'POST') return answer({ ...problem(405, 'Nur POST'), headers: { Allow: 'POST' } });

    let body: string;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof TooLarge) {
        answer(problem(413, `Das Paket ist größer als ${maxBodyBytes} Bytes`));
        return request.socket.destroy();
      }
      throw error;
    }
    const key = record.idempotencyKey;
    const fault = faults.shift();
    switch (fault?.kind) {
      case undefined:
        return answer(acceptBatch(body, key));
      case 'status':
        return answer({ ...problem(fault.status, fault.error ?? `Fehler ${fault.status}`, fault.problems, fault.code), headers: fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {} });
      case 'hang':
        if (fault.afterStore) acceptBatch(body, key);
        record.outcome = 'hung';
        return;
      case 'drop-after-store':
        acceptBatch(body, key);
        record.outcome = 'dropped';
        return request.socket.destroy();
      case 'duplicate':
        acceptBatch(body, key);
        return answer(acceptBatch(body, key));
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, problem(500, String(error)));
    });
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive and hung connections would otherwise keep working (or keep close() waiting).
      server.closeAllConnections();
    });

  await listen(0);
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    failNext: (...more) => void faults.push(...more),
    refuseConnections: stop,
    resume: () => listen(port),
    stored,
    arrivedInOtherBatch,
    requests,
    answer(receiptCode, status, publicAnswer) {
      const row = rowsByCode.get(receiptCode);
      if (!row) throw new Error(`unknown receipt code ${receiptCode}`);
      Object.assign(row, { status, updatedAt: now().toISOString(), ...(publicAnswer ? { publicAnswer } : {}) });
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
