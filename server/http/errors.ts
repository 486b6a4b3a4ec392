import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode, ApiProblem } from '../../lib/model';
import { Refusal } from '../refusal';

/**
 * HTTP status and a German fallback text per error code. Clients word errors from `code`; `error` is for
 * people who read raw answers (curl, logs of a Jobcenter's own tools). Documented in docs/backlog-protocol.md.
 */
const ERRORS: Record<ApiErrorCode, { status: ContentfulStatusCode; error: string }> = {
  'invalid-json': { status: 400, error: 'Der Inhalt ist kein gültiges JSON.' },
  'unsupported-media-type': { status: 415, error: 'Erwartet wird Content-Type: application/json.' },
  'schema-violation': { status: 400, error: 'Das Paket entspricht nicht dem Schema.' },
  'idempotency-key-missing': { status: 400, error: 'Der Header Idempotency-Key fehlt.' },
  'idempotency-key-mismatch': { status: 400, error: 'Der Idempotency-Key muss der batchId des Pakets entsprechen.' },
  'batch-id-reused': { status: 422, error: 'Diese batchId wurde schon für ein anderes Paket verwendet.' },
  'batch-in-progress': { status: 409, error: 'Dieses Paket wird gerade schon gespeichert. Bitte gleich noch einmal senden.' },
  'body-too-large': { status: 413, error: 'Das Paket ist zu groß.' },
  'receipt-unknown': { status: 404, error: 'Zu diesem Code ist kein Vorschlag bekannt.' },
  'token-missing': { status: 401, error: 'Ein Zugangsschlüssel (Authorization: Bearer …) wird benötigt.' },
  'token-invalid': { status: 401, error: 'Der Zugangsschlüssel ist falsch oder wurde widerrufen.' },
  'role-insufficient': { status: 403, error: 'Dieser Zugangsschlüssel darf das nicht.' },
  'rate-limited': { status: 429, error: 'Zu viele Anfragen. Bitte später noch einmal versuchen.' },
  'database-unavailable': { status: 503, error: 'Die Datenbank ist gerade nicht erreichbar. Bitte später noch einmal versuchen.' },
  'not-found': { status: 404, error: 'Unbekannte Adresse.' },
  'method-not-allowed': { status: 405, error: 'Diese Methode ist hier nicht erlaubt.' },
  'suggestion-unknown': { status: 404, error: 'Diesen Vorschlag gibt es nicht.' },
  'status-unchanged': { status: 409, error: 'Der Vorschlag hat diesen Status schon.' },
  'status-transition-refused': { status: 409, error: 'Dieser Statuswechsel ist im Ablauf nicht vorgesehen.' },
  'status-needs-merge': { status: 409, error: 'Als Dublette wird ein Vorschlag nur durch Zusammenführen markiert.' },
  'status-stale': { status: 409, error: 'Der Status wurde inzwischen geändert. Bitte neu laden.' },
  'merge-into-self': { status: 409, error: 'Ein Vorschlag kann nicht mit sich selbst zusammengeführt werden.' },
  'merge-target-merged': { status: 409, error: 'Der Zielvorschlag ist selbst eine Dublette; bitte mit dessen Original zusammenführen.' },
  'merge-source-merged': { status: 409, error: 'Dieser Vorschlag ist schon zusammengeführt.' },
  internal: { status: 500, error: 'Interner Fehler. Bitte später noch einmal versuchen.' },
};

export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function errorResponse(c: Context, code: ApiErrorCode, extra: { problems?: ApiProblem[]; retryAfterSeconds?: number; params?: Record<string, string | number> } = {}) {
  const { status, error } = ERRORS[code];
  if (extra.retryAfterSeconds !== undefined) c.header('Retry-After', String(extra.retryAfterSeconds));
  if (status === 401) c.header('WWW-Authenticate', 'Bearer');
  const body: ApiErrorBody = {
    error,
    code,
    ...(extra.problems ? { problems: extra.problems } : {}),
    ...(extra.params ? { params: extra.params } : {}),
  };
  return c.json(body, status);
}

export const refusalResponse = (c: Context, refusal: Refusal) => errorResponse(c, refusal.code, refusal.details);
