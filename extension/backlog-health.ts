/** How the backlog answers right now, for the popup and for the options page before it saves an address. */
export type BacklogHealth = 'ok' | 'unreachable' | 'unavailable' | 'not-a-backlog';

/** Ask the backlog's `/healthz`: it answers `{status: 'ok'}` when it can take batches. */
export async function checkBacklog(endpoint: string, fetcher: typeof fetch = fetch, timeoutMs = 5_000): Promise<BacklogHealth> {
  let response: Response;
  try {
    response = await fetcher(`${endpoint.replace(/\/+$/, '')}/healthz`, { signal: AbortSignal.timeout(timeoutMs), credentials: 'omit' });
  } catch {
    return 'unreachable';
  }
  if (response.status === 503) return 'unavailable';
  try {
    const body = (await response.json()) as { status?: unknown } | null;
    return response.ok && body?.status === 'ok' ? 'ok' : 'not-a-backlog';
  } catch {
    return 'not-a-backlog';
  }
}
