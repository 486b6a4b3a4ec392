import { parseWith, ReceiptStatus, SubmissionReceipt, ValidationError, type Batch } from '../model';

/** What went wrong talking to the backlog, before anyone decides whether to try again. */
export type TransportFailure =
  /** No answer at all: refused, offline, DNS, connection dropped. The server may or may not have stored the batch. */
  | { kind: 'network'; detail: string }
  /** No answer in time; likewise, the server may have stored the batch. */
  | { kind: 'timeout' }
  /** The server answered with an error status. */
  | { kind: 'http'; status: number; serverCode?: string; retryAfter?: string }
  /** The server answered "OK" with something that is not our protocol (a captive portal, a proxy page). */
  | { kind: 'unexpected-answer'; status: number; detail: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: TransportFailure };

/** How batches reach a backlog. `lib/outbox` talks HTTP through this, so tests and other channels can stand in. */
export interface BacklogTransport {
  /** Where the backlog lives, for messages to the person. */
  readonly endpoint: string;
  /** Longest one request may take; the outbox holds a batch being sent a little longer than this. */
  readonly timeoutMs: number;
  /** `POST /api/v1/batches` with the batch as `Idempotency-Key`. Never throws. */
  submitBatch(batch: Batch): Promise<Outcome<SubmissionReceipt>>;
  /** `GET /api/v1/receipts/{code}`. Never throws. */
  lookUpReceipt(receiptCode: string): Promise<Outcome<ReceiptStatus>>;
}

export interface HttpTransportOptions {
  /** Base address of the backlog, e.g. "https://mitgestalten.jobcenter-musterstadt.de". */
  endpoint: string;
  /** Sent as `Authorization: Bearer …` when the backlog requires it. */
  token?: string;
  /** Injected so the widget, the service worker and tests can each bring their own. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
class Timeout extends Error {}

/**
 * The server's machine-readable reason from a protocol error body `{ error, code, problems }`. Its human
 * `error` is in the server's language, not necessarily the person's, so only the code is kept.
 */
function serverCodeOf(body: string): string | undefined {
  try {
    const { code } = JSON.parse(body) as { code?: unknown };
    return typeof code === 'string' && /^[\w.-]{1,100}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

export function createHttpTransport(options: HttpTransportOptions): BacklogTransport {
  const endpoint = new URL(options.endpoint).href.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Called through globalThis: a detached `fetch` throws "Illegal invocation" in browsers.
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const authorization: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};

  /** One request whose timeout covers the whole answer, body included: a server may hang mid-body. */
  async function request<T>(path: string, init: RequestInit, readAnswer: (data: unknown) => T): Promise<Outcome<T>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Timeout()), timeoutMs);
    try {
      const response = await doFetch(`${endpoint}${path}`, {
        ...init,
        headers: { Accept: 'application/json', ...authorization, ...init.headers },
        // The widget runs on a Jobcenter page: its cookies must never travel to the backlog.
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
      const body = await response.text();
      if (!response.ok) {
        const retryAfter = response.headers.get('Retry-After') ?? undefined;
        const serverCode = serverCodeOf(body);
        return { ok: false, failure: { kind: 'http', status: response.status, ...(serverCode ? { serverCode } : {}), ...(retryAfter ? { retryAfter } : {}) } };
      }
      try {
        return { ok: true, value: readAnswer(JSON.parse(body)) };
      } catch (error) {
        const detail = error instanceof ValidationError ? error.message : 'not JSON';
        return { ok: false, failure: { kind: 'unexpected-answer', status: response.status, detail } };
      }
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, failure: { kind: 'timeout' } };
      return { ok: false, failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    endpoint,
    timeoutMs,
    submitBatch(batch) {
      return request(
        '/api/v1/batches',
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': batch.batchId }, body: JSON.stringify(batch) },
        (data) => parseWith(SubmissionReceipt, data, 'receipt from the backlog'),
      );
    },
    lookUpReceipt(receiptCode) {
      return request(`/api/v1/receipts/${encodeURIComponent(receiptCode)}`, { method: 'GET' }, (data) =>
        parseWith(ReceiptStatus, data, 'receipt status from the backlog'),
      );
    },
  };
}
