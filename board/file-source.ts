import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
import { ANSWER_FILE_KIND, BoardRecord, ClusterEdit, parseWith, ProblemError, type TriageAnswerFile, type TriageDecision } from '../lib/model';
import { combineBatches, readTriageFile, type FileBatch, type TriageRecord } from '../lib/triage';
import type { BoardData, BoardSource, FileOutcome } from './source';

/**
 * The file-based board's data in the extension's IndexedDB: suggestions imported from batch files, each
 * once, with their triage state, and the hand edits of the clusters. Every record is parsed on the way in.
 *
 * An import stores each batch's new suggestions together (`imports`): one write per batch, not one per
 * suggestion, which in Chromium makes 100,000 suggestions a second's work instead of ten. A record
 * decided here goes to `records` and wins over its imported version (as do the records of databases from
 * before version 2, which stored every suggestion there).
 */
const ImportedBatch = z.object({ ids: z.array(z.string()), records: z.array(BoardRecord) });
type ImportedBatch = z.infer<typeof ImportedBatch>;

interface BoardDb extends DBSchema {
  /** Key: the batch id and an id of its own (a batch may come again with suggestions not seen yet). */
  imports: { key: [string, string]; value: ImportedBatch; indexes: { ids: string } };
  records: { key: string; value: BoardRecord };
  edits: { key: number; value: ClusterEdit };
}

export const TRIAGE_DATABASE = 'mitgestalten-triage';

async function open(name: string): Promise<IDBPDatabase<BoardDb>> {
  return openDB<BoardDb>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('records', { keyPath: 'suggestion.id' });
        db.createObjectStore('edits', { autoIncrement: true });
      }
      // Which stored batch holds a suggestion: a decision on it needs its batch.
      if (oldVersion < 2) db.createObjectStore('imports').createIndex('ids', 'ids', { multiEntry: true });
    },
  });
}

const toRecord = ({ batchId: _batchId, decidedHere: _decidedHere, ...record }: BoardRecord): TriageRecord => record;

const bySuggestionId = (a: TriageRecord, b: TriageRecord) => (a.suggestion.id < b.suggestion.id ? -1 : 1);

/** Stored batches, records and edits as the board's data, each parsed on the way in; records by suggestion id. */
function boardData(batches: unknown[], stored: unknown[], edits: unknown[]): BoardData {
  const byId = new Map<string, BoardRecord>();
  for (const batch of batches) for (const record of parseWith(ImportedBatch, batch, 'imported batch').records) byId.set(record.suggestion.id, record);
  for (const value of stored) {
    const record = parseWith(BoardRecord, value, 'board record');
    byId.set(record.suggestion.id, record);
  }
  const records = [...byId.values()];
  return {
    records: records.map(toRecord).sort(bySuggestionId),
    edits: edits.map((edit) => parseWith(ClusterEdit, edit, 'cluster edit')),
    batchOf: new Map(records.map((record) => [record.suggestion.id, record.batchId])),
  };
}

export function createFileSource(name = TRIAGE_DATABASE): BoardSource {
  const db = open(name);

  /** Everything stored, each record parsed on the way in. */
  async function load(): Promise<BoardData> {
    const tx = (await db).transaction(['imports', 'records', 'edits']);
    return boardData(...(await Promise.all([tx.objectStore('imports').getAll(), tx.objectStore('records').getAll(), tx.objectStore('edits').getAll()])));
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
      const tx = (await db).transaction(['imports', 'records', 'edits'], 'readwrite');
      // Cancelled while storing: the transaction is aborted, so nothing of the import stays.
      const abort = () => tx.abort();
      signal.addEventListener('abort', abort, { once: true });
      const imports = tx.objectStore('imports');
      // The board's data afterwards: what was stored, read and parsed as `load` does, and what this import
      // adds, checked whole as its file was read (reading it back would parse 100,000 records twice).
      const data = boardData(...(await Promise.all([imports.getAll(), tx.objectStore('records').getAll(), tx.objectStore('edits').getAll()])));
      let addedInAll = 0;
      for (const { name, batches } of good) {
        const { records, batchOf, repeated } = combineBatches(batches);
        const fresh = new Map<string, BoardRecord[]>();
        let added = 0;
        for (const record of records) {
          const id = record.suggestion.id;
          if (data.batchOf.has(id)) continue;
          const batchId = batchOf.get(id)!;
          data.batchOf.set(id, batchId);
          data.records.push(record);
          const stored = { ...record, batchId, history: [...record.history], decidedHere: false };
          const batch = fresh.get(batchId);
          if (batch) batch.push(stored);
          else fresh.set(batchId, [stored]);
          added++;
        }
        for (const [batchId, batch] of fresh) void imports.put({ ids: batch.map((record) => record.suggestion.id), records: batch }, [batchId, crypto.randomUUID()]);
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
      // By suggestion id, as `load` gives them, so the board lists and exports the same way after a reload.
      if (addedInAll > 0) data.records.sort(bySuggestionId);
      return { files: outcomes, data };
    },

    async saveDecisions(changed) {
      const tx = (await db).transaction(['records', 'imports'], 'readwrite');
      const store = tx.objectStore('records');
      const importedIn = tx.objectStore('imports').index('ids');
      for (const record of changed) {
        const id = record.suggestion.id;
        // Decided here before, or imported before version 2: its record; otherwise the batch it came in.
        const stored = await store.get(id);
        const batchId = stored?.batchId ?? (await importedIn.getKey(id))?.[0];
        if (batchId === undefined) continue;
        void store.put({ ...stored, ...record, batchId, history: [...record.history], decidedHere: true });
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
