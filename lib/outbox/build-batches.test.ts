import { describe, expect, it } from 'vitest';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { buildBatches, MAX_BATCH_BYTES } from './build-batches';

const source = { kind: 'extension', version: '0.1.0', site: 'https://jobcenter-musterstadt.example' } as const;
const options = { source, createdAt: '2026-11-21T09:00:00.000Z', newId: () => crypto.randomUUID() };

describe('building batches', () => {
  it('splits more than 500 suggestions into batches of at most 500, keeping their order', () => {
    const suggestions = Array.from({ length: 1201 }, () => makeSuggestion());
    const batches = buildBatches(suggestions, options);
    expect(batches.map((batch) => batch.suggestions.length)).toEqual([500, 500, 201]);
    expect(batches.flatMap((batch) => batch.suggestions.map((s) => s.id))).toEqual(suggestions.map((s) => s.id));
    expect(new Set(batches.map((batch) => batch.batchId)).size).toBe(3);
    expect(batches.every((batch) => batch.createdAt === options.createdAt && batch.schemaVersion === 1)).toBe(true);
  });

  it('also splits by size, so every exported file stays below the limit', () => {
    const long = 'Ä'.repeat(5000);
    const suggestions = Array.from({ length: 120 }, () => makeSuggestion({ problem: long, proposal: long }));
    const batches = buildBatches(suggestions, { ...options, maxBytes: 1_000_000 });
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(new TextEncoder().encode(`${JSON.stringify(batch, null, 2)}\n`).length).toBeLessThanOrEqual(1_000_000);
    }
    expect(batches.reduce((sum, batch) => sum + batch.suggestions.length, 0)).toBe(120);
  });

  it('keeps the largest possible batch below the default limit', () => {
    const long = '€'.repeat(5000);
    const batches = buildBatches(Array.from({ length: 500 }, () => makeSuggestion({ problem: long, proposal: long })), options);
    expect(Math.max(...batches.map((batch) => new TextEncoder().encode(JSON.stringify(batch, null, 2)).length))).toBeLessThanOrEqual(MAX_BATCH_BYTES);
  });

  it('builds nothing from nothing', () => {
    expect(buildBatches([], options)).toEqual([]);
  });
});
