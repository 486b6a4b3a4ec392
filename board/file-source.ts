import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ANSWER_FILE_KIND, BoardRecord, ClusterEdit, parseWith, ProblemError, type TriageAnswerFile, type TriageDecision } from '../lib/model';
import { combineBatches, readTriageFile, type FileBatch, type TriageRecord } from '../lib/triage';
import type { BoardData, BoardSource, FileOutcome } from './source';

/**
 * The file-based board's data in the extension's IndexedDB: suggestions imported from batch files, each
 * once, with their triage state, and the hand edits of the clusters. Every record is parsed on the way in.
 */
interface BoardDb extends DBSchema {
  records: { key: string; value: BoardRecord };
  edits: { key: number; value: ClusterEdit };
}

export const TRIAGE_DATABASE = 'mitgestalten-triage';

async function open(name: string): Promise<IDBPDatabase<BoardDb>> {
  return openDB<BoardDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore('records', { keyPath: 'suggestion.id' });
      db.createObjectStore('edits', { autoIncrement: true });
    },
  });
}

const toRecord = ({ batchId: _batchId, decidedHere: _decidedHere, ...record }: BoardRecord): TriageRecord => record;

/** Stored records and edits as the board's data, each parsed on the way in; records in key order (by suggestion id). */
function boardData(stored: unknown[], edits: unknown[]): BoardData {
  const records = stored.map((value) => parseWith(BoardRecord, value, 'board record'));
  return {
    records: records.map(toRecord),
    edits: edits.map((edit) => parseWith(ClusterEdit, edit, 'cluster edit')),
    batchOf: new Map(records.map((record) => [record.suggestion.id, record.batchId])),
  };
}

export function createFileSource(name = TRIAGE_DATABASE): BoardSource {
  const db = open(name);

  /** Everything stored, each record parsed on the way in. */
  async function load(): Promise<BoardData> {
    const tx = (await db).transaction(['records', 'edits']);
    return boardData(...(await Promise.all([tx.objectStore('records').getAll(), tx.objectStore('edits').getAll()])));
  }

  return {
    kind: 'files',
    load,

    async importFiles(files, { onProgress, signal }) {
      // Every file is read and checked whole before anything is stored; a bad one is refused alone.
      const outcomes: FileOutcome[] = [];
      const good: Array<{ name: string; batches: FileBatch[] }> = [];
      for (const [done, file] of files.entries()) {
        onProgress({ step: 'reading', done, total: files.length });
        signal.throwIfAborted();
        try {
          good.push({ name: file.name, batches: await readTriageFile(file) });
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error;
          outcomes.push({ name: file.name, problem: error.problem });
        }
      }
      onProgress({ step: 'reading', done: files.length, total: files.length });
      signal.throwIfAborted();
      const tx = (await db).transaction(['records', 'edits'], 'readwrite');
      // Cancelled while storing: the transaction is aborted, so nothing of the import stays.
      const abort = () => tx.abort();
      signal.addEventListener('abort', abort, { once: true });
      const store = tx.objectStore('records');
      // The board's data afterwards: what was stored, read and parsed as `load` does, and what this import
      // adds, checked whole as its file was read (reading it back would parse 100,000 records twice).
      const data = boardData(...(await Promise.all([store.getAll(), tx.objectStore('edits').getAll()])));
      let addedInAll = 0;
      for (const { name, batches } of good) {
        const { records, batchOf, repeated } = combineBatches(batches);
        let added = 0;
        for (const record of records) {
          const id = record.suggestion.id;
          if (data.batchOf.has(id)) continue;
          data.batchOf.set(id, batchOf.get(id)!);
          data.records.push(record);
          void store.put({ ...record, batchId: batchOf.get(id)!, history: [...record.history], decidedHere: false });
          added++;
        }
        addedInAll += added;
        outcomes.push({ name, added, repeated: repeated + records.length - added });
      }
      try {
        await tx.done;
      } catch (error) {
        signal.throwIfAborted();
        throw error;
      } finally {
        signal.removeEventListener('abort', abort);
      }
      // In key order, as `load` gives them, so the board lists and exports the same way after a reload.
      if (addedInAll > 0) data.records.sort((a, b) => (a.suggestion.id < b.suggestion.id ? -1 : 1));
      return { files: outcomes, data };
    },

    async saveDecisions(changed) {
      const tx = (await db).transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (const record of changed) {
        const stored = await store.get(record.suggestion.id);
        if (!stored) continue;
        void store.put({ ...stored, ...record, history: [...record.history], decidedHere: true });
      }
      await tx.done;
      return [];
    },

    async saveEdit(edit) {
      await (await db).add('edits', parseWith(ClusterEdit, edit, 'cluster edit'));
    },

    async answerFile(at) {
      const tx = (await db).transaction(['records', 'edits']);
      const [records, edits] = await Promise.all([tx.objectStore('records').getAll(), tx.objectStore('edits').getAll()]);
      const decisions = records
        .filter((record) => record.decidedHere)
        .map((record): TriageDecision => {
          const last = record.history.at(-1);
          return {
            suggestionId: record.suggestion.id,
            ...(record.receiptCode ? { receiptCode: record.receiptCode } : {}),
            status: record.status,
            ...(record.publicAnswer ? { publicAnswer: record.publicAnswer } : {}),
            ...(record.internalNote ? { internalNote: record.internalNote } : {}),
            ...(record.mergedInto ? { mergedInto: record.mergedInto } : {}),
            decidedAt: last?.at ?? at,
            by: last?.by ?? 'triage-board',
          };
        });
      const file: TriageAnswerFile = { kind: ANSWER_FILE_KIND, schemaVersion: 1, exportedAt: at, decisions, clusterEdits: edits };
      return `${JSON.stringify(file, null, 2)}\n`;
    },
  };
}
