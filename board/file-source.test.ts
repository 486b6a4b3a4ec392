import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { TriageAnswerFile, type Suggestion } from '../lib/model';
import { makeSuggestion } from '../tests/fixtures/make-suggestion';
import { createFileSource } from './file-source';

const file = (name: string, suggestions: Suggestion[]) =>
  new File([JSON.stringify({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-20T10:00:00Z', source: { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' }, suggestions })], name);
const watch = (signal = new AbortController().signal) => ({ onProgress: () => undefined, signal });

describe('the file-based board source', () => {
  it('hands back after an import exactly what the board loads when opened again', async () => {
    const source = createFileSource(`board-${crypto.randomUUID()}`);
    const [a, b, c] = [makeSuggestion(), makeSuggestion(), makeSuggestion()];
    await source.importFiles!([file('eins.json', [a!, b!])], watch());
    const { files, data } = await source.importFiles!([file('zwei.json', [b!, c!])], watch());

    expect(files).toEqual([{ name: 'zwei.json', added: 1, repeated: 1 }]);
    expect(data).toEqual(await source.load());
    expect(data.records.map((record) => record.suggestion.id)).toEqual([a!.id, b!.id, c!.id].sort());
  });

  it('reports each file read, and stores nothing of an import cancelled before it was stored', async () => {
    const source = createFileSource(`board-${crypto.randomUUID()}`);
    const cancel = new AbortController();
    const seen: unknown[] = [];
    const importing = source.importFiles!([file('eins.json', [makeSuggestion()]), file('zwei.json', [makeSuggestion()])], {
      onProgress: (progress) => {
        seen.push(progress);
        if (seen.length === 2) cancel.abort();
      },
      signal: cancel.signal,
    });

    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([{ step: 'reading', done: 0, total: 2 }, { step: 'reading', done: 1, total: 2 }]);
    expect((await source.load()).records).toEqual([]);
  });

  it('keeps a decision on an imported suggestion, and puts it in the answer file', async () => {
    const name = `board-${crypto.randomUUID()}`;
    const source = createFileSource(name);
    const [a, b] = [makeSuggestion(), makeSuggestion()];
    const { data } = await source.importFiles!([file('eins.json', [a!, b!])], watch());
    const decided = { ...data.records.find((record) => record.suggestion.id === a!.id)!, status: 'in-review' as const, publicAnswer: 'Wir prüfen das.' };
    expect(await source.saveDecisions([decided], 'test', '2026-11-29T18:00:00Z')).toEqual([]);

    const again = await createFileSource(name).load();
    expect(again.records.find((record) => record.suggestion.id === a!.id)).toMatchObject({ status: 'in-review', publicAnswer: 'Wir prüfen das.' });
    expect(again.records.find((record) => record.suggestion.id === b!.id)).toMatchObject({ status: 'received' });
    expect(again.batchOf.get(a!.id)).toBe(data.batchOf.get(a!.id));
    const answers = TriageAnswerFile.parse(JSON.parse(await source.answerFile!('2026-11-29T18:00:00Z')));
    expect(answers.decisions.map((decision) => [decision.suggestionId, decision.status])).toEqual([[a!.id, 'in-review']]);
  });

  it('reads a database from before imports were stored by batch, and imports into it', async () => {
    const name = `board-${crypto.randomUUID()}`;
    const old = makeSuggestion();
    const before = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('records', { keyPath: 'suggestion.id' });
        db.createObjectStore('edits', { autoIncrement: true });
      },
    });
    await before.put('records', { suggestion: old, batchId: crypto.randomUUID(), status: 'planned', history: [], decidedHere: false });
    before.close();

    const source = createFileSource(name);
    const fresh = makeSuggestion();
    const { files, data } = await source.importFiles!([file('neu.json', [old, fresh])], watch());
    expect(files).toEqual([{ name: 'neu.json', added: 1, repeated: 1 }]);
    expect(data.records.find((record) => record.suggestion.id === old.id)?.status).toBe('planned');
    expect(data).toEqual(await source.load());
  });
});
