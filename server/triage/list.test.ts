import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TriageQuery } from '../../lib/model';
import { makeSuggestion } from '../../tests/fixtures/make-suggestion';
import { ENGINES, useBacklogEngines } from '../../tests/support/backlog-engines';
import { makeBatch, postBatch } from '../../tests/support/backlog-requests';
import type { BacklogService } from '../service';
import { listSuggestions } from './read';

const engines = useBacklogEngines();

/** A query string as the route reads it: repeated keys become lists. */
function queryOf(text: string): TriageQuery {
  const params = new URLSearchParams(text);
  return TriageQuery.parse(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key).length === 1 ? params.get(key) : params.getAll(key)])));
}

describe.each(ENGINES)('the triage list on %s', (engine) => {
  let service: BacklogService;
  const services = ['HA', 'WBA', 'KP'];
  // Three batches: suggestions of one batch share their arrival time, so pages also cut through ties.
  const batches = [0, 1, 2].map((b) =>
    Array.from({ length: 7 }, (_, i) =>
      makeSuggestion({
        problem: `${i % 2 ? 'Heizkosten' : 'Garage'} im Schritt ${i}`,
        page: { url: 'https://jobcenter-musterstadt.example/antrag', title: 'Antrag', service: services[(b + i) % 3]! },
      }),
    ),
  );

  beforeEach(async () => {
    let tick = 0; // a clock that moves on with every call, so each batch arrives later than the one before
    service = await engines.open(engine, { settings: { rateLimits: undefined }, now: () => new Date(Date.UTC(2026, 10, 29, 10) + tick++ * 1000) });
    for (const suggestions of batches) expect((await postBatch(service.app, makeBatch(suggestions))).status).toBe(201);
  });
  afterEach(() => service.close());

  it('gives the same pages whether the matches are sorted or the newest-first order is walked', async () => {
    const queries = ['', 'q=Heizkosten', 'q=Garage&service=WBA', 'service=HA&service=KP&limit=4&offset=3', 'q=Heizkosten&limit=2&offset=9', 'limit=5&offset=20', 'q=Garage&offset=50'];
    for (const text of queries) {
      const query = queryOf(text);
      const sorted = await listSuggestions(service.database.db, query, Number.POSITIVE_INFINITY);
      const walked = await listSuggestions(service.database.db, query, -1);
      expect(sorted, text).toEqual(walked);
    }
    const all = await listSuggestions(service.database.db, queryOf('limit=200'), Number.POSITIVE_INFINITY);
    expect(all.items.map((item) => item.suggestion.id)).toEqual([...batches].reverse().flatMap((suggestions) => suggestions.map((s) => s.id).sort()));
    const last = await listSuggestions(service.database.db, queryOf('q=Heizkosten&limit=2&offset=8'));
    expect([last.total, last.items.length]).toEqual([9, 1]);
  });
});
