import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { ProblemError } from '../model';
import { combineBatches, readTriageFile } from './read-files';

const source = { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' };
const batch = (suggestions: unknown[], extra: object = {}) => ({ batchId: crypto.randomUUID(), schemaVersion: 1, createdAt: '2026-11-20T10:00:00Z', source, suggestions, ...extra });

describe('reading files for the board', () => {
  it('reads a backlog export with its triage state, and counts a suggestion in two files once', async () => {
    const a = makeSuggestion();
    const b = makeSuggestion();
    const triage = [{ suggestionId: a.id, receiptCode: 'K7QP-2MX4-9RTA', status: 'planned', publicAnswer: 'Kommt im Mai.', updatedAt: '2026-11-21T10:00:00Z', history: [{ from: 'received', to: 'planned', by: 'wba', at: '2026-11-21T10:00:00Z' }] }];
    const exported = { exportedAt: '2026-11-22T10:00:00Z', batches: [batch([a], { receivedAt: '2026-11-20T10:01:00Z', triage })] };
    const fromBacklog = await readTriageFile(JSON.stringify(exported));
    const fromDevice = await readTriageFile(new Blob([JSON.stringify(batch([a, b]))]));
    const { records, repeated } = combineBatches([...fromBacklog, ...fromDevice]);
    expect(records.map((r) => [r.suggestion.id, r.status, r.receiptCode, r.publicAnswer])).toEqual([
      [a.id, 'planned', 'K7QP-2MX4-9RTA', 'Kommt im Mai.'],
      [b.id, 'received', undefined, undefined],
    ]);
    expect(repeated).toBe(1);
  });

  it('refuses a file whose triage state is malformed, naming the path', async () => {
    const a = makeSuggestion();
    const file = JSON.stringify(batch([a], { receivedAt: '2026-11-20T10:01:00Z', triage: [{ suggestionId: a.id, receiptCode: 'x', status: 'fertig', updatedAt: 'gestern', history: [] }] }));
    const error = await readTriageFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).problem).toMatchObject({ code: 'file.invalid', params: { count: 3 } });
    expect((error as ProblemError).problem.fields?.map((f) => f.path)).toEqual(['triage[0].receiptCode', 'triage[0].status', 'triage[0].updatedAt']);
  });

  it('names broken JSON and CSV files as the outbox import does', async () => {
    await expect(readTriageFile('{"batchId": ')).rejects.toMatchObject({ problem: { code: 'file.not-json' } });
    await expect(readTriageFile('"Datum";"Dienst"\r\n')).rejects.toMatchObject({ problem: { code: 'file.is-csv' } });
  });
});
