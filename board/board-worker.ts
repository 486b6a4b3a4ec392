import { createFileSource } from './file-source';
import { prepareBoard } from './prepare';
import type { BoardData, BoardProgress, FileOutcome } from './source';

/**
 * The file-based board's long work, in a worker so the page stays responsive: loading the imported
 * suggestions (read from IndexedDB, each parsed), importing batch files (read, checked, stored), and
 * clustering and indexing the result. One job per worker; the page ends the worker when the job is done.
 */

export type BoardJob = { kind: 'load'; database: string } | { kind: 'import'; database: string; files: File[] } | { kind: 'cancel' };

export type BoardJobReply =
  | { kind: 'progress'; progress: BoardProgress }
  | { kind: 'done'; data: BoardData; files?: FileOutcome[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const scope = globalThis as unknown as { postMessage(reply: BoardJobReply): void; onmessage: ((event: MessageEvent<BoardJob>) => void) | null };
const cancel = new AbortController();
const report = (progress: BoardProgress) => scope.postMessage({ kind: 'progress', progress });

async function run(job: Exclude<BoardJob, { kind: 'cancel' }>): Promise<BoardJobReply> {
  const source = createFileSource(job.database);
  const { files, data } =
    job.kind === 'import' ? await source.importFiles!(job.files, { onProgress: report, signal: cancel.signal }) : { files: undefined, data: await source.load() };
  report({ step: 'clustering' });
  return { kind: 'done', data: { ...data, prepared: prepareBoard(data) }, ...(files ? { files } : {}) };
}

scope.onmessage = ({ data: job }) => {
  if (job.kind === 'cancel') return cancel.abort();
  run(job).then(scope.postMessage, (error: unknown) =>
    scope.postMessage(cancel.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
