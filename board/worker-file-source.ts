/// <reference types="vite/client" />
import type { BoardJob, BoardJobReply } from './board-worker';
// Vite builds the worker as a file of its own and hands back its constructor.
import BoardWorker from './board-worker?worker';
import { createFileSource, TRIAGE_DATABASE } from './file-source';
import type { BoardData, BoardProgress, BoardSource } from './source';

/**
 * The file-based board with its long work (loading, importing, clustering 100,000 suggestions) in a
 * worker (board-worker.ts), so the page answers the person meanwhile, shows how far the work is and can
 * cancel an import. Decisions and edits are small writes and stay on the page.
 */
export function createWorkerFileSource(database = TRIAGE_DATABASE): BoardSource {
  const direct = createFileSource(database);

  function job(request: BoardJob, onProgress: (progress: BoardProgress) => void = () => undefined, signal?: AbortSignal) {
    return new Promise<Extract<BoardJobReply, { kind: 'done' }>>((resolve, reject) => {
      const worker = new BoardWorker();
      // Cancelling asks the worker, which aborts the import unless it is already stored: then it finishes.
      const cancel = () => worker.postMessage({ kind: 'cancel' } satisfies BoardJob);
      signal?.addEventListener('abort', cancel, { once: true });
      const end = () => {
        signal?.removeEventListener('abort', cancel);
        worker.terminate();
      };
      worker.onmessage = ({ data: reply }: MessageEvent<BoardJobReply>) => {
        if (reply.kind === 'progress') return onProgress(reply.progress);
        end();
        if (reply.kind === 'done') resolve(reply);
        else if (reply.kind === 'cancelled') reject(new DOMException('import cancelled', 'AbortError'));
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => {
        end();
        reject(new Error(event.message));
      };
      worker.postMessage(request);
    });
  }

  return {
    ...direct,
    load: async (): Promise<BoardData> => (await job({ kind: 'load', database })).data,
    async importFiles(files, { onProgress, signal }) {
      const { data, files: outcomes } = await job({ kind: 'import', database, files: [...files] }, onProgress, signal);
      return { files: outcomes ?? [], data };
    },
  };
}
