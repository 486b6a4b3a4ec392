import { ProblemError } from '../model/problem-error';

/** Why the local store could not do what was asked; the UI words each kind (`store.<kind>`) so a person can act on it. */
export type StoreErrorKind = 'quota' | 'blocked' | 'version' | 'unavailable' | 'not-found' | 'invalid';

export class StoreError extends ProblemError {
  override name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    /** For developers' logs only: the browser's own words, an id. */
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super({ code: `store.${kind}` }, options);
    if (detail) this.message += ` (${detail})`;
  }
}

/** Translate what IndexedDB throws into a StoreError; anything unknown is passed on unchanged. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', undefined, { cause: error });
    case 'VersionError':
      return new StoreError('version', undefined, { cause: error });
    case 'InvalidStateError':
    case 'SecurityError':
      return new StoreError('unavailable', (error as Error).message, { cause: error });
    default:
      return error;
  }
}

/**
 * Run `work` inside the transaction `begin` opens, so that it commits whole or not at all. IndexedDB aborts a transaction
 * by itself only when a request fails; an exception in our own code between requests (a check that fails,
 * a write the browser refuses synchronously) would otherwise let the writes made so far commit.
 */
export async function atomically<T, Tx extends { abort(): void; done: Promise<void> }>(begin: () => Tx, work: (transaction: Tx) => Promise<T>): Promise<T> {
  let transaction: Tx;
  try {
    transaction = begin();
  } catch (error) {
    throw toStoreError(error);
  }
  try {
    const result = await work(transaction);
    await transaction.done;
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished or aborted by IndexedDB itself.
    }
    transaction.done.catch(() => undefined);
    throw toStoreError(error);
  }
}
