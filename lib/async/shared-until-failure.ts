/**
 * A load that runs once and is shared by every caller, until it fails: a failed load is forgotten, so the
 * next call tries again (a chunk that did not arrive over a bad connection, a store another tab held open).
 */
export function sharedUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () =>
    (running ??= load().catch((error: unknown) => {
      running = undefined;
      throw error;
    }));
}
