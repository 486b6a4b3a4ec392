import type { Logger } from '../log';

export interface Readiness {
  isReady(): boolean;
  /** Settles after the first attempt, successful or not. */
  readonly firstAttempt: Promise<void>;
  stop(): void;
}

/**
 * Open the database (connect and migrate) now, and keep trying every `retryMs` while it is unreachable.
 * Until then the service answers 503 with Retry-After instead of refusing to start: it recovers by itself
 * once the database is there. Only this flag lives in process memory; nothing that correctness needs.
 */
export function keepTryingToOpen(open: () => Promise<void>, logger: Logger, retryMs = 2_000): Readiness {
  let ready = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (): Promise<void> => {
    try {
      await open();
      ready = true;
      logger.info('database ready');
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'database not reachable yet');
      if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
    }
  };
  return {
    isReady: () => ready,
    firstAttempt: attempt(),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
