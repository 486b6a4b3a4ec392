// Runs inside Chromium (bundled by store.bench.ts): real IndexedDB, not a Node imitation.
import { openDB } from 'idb';
import { openLocalStore } from '../../lib/store';
import { makeSuggestion } from '../fixtures/make-suggestion';

const PAGES = 100;
const TOTAL = 10_000;

function suggestions() {
  return Array.from({ length: TOTAL }, (_, index) =>
    makeSuggestion({ page: { url: `https://jobcenter-musterstadt.example/antrag/seite-${index % PAGES}`, title: 'Antrag' } }),
  );
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await time(work))[0]);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const onePage = 'https://jobcenter-musterstadt.example/antrag/seite-42';

export async function ours() {
  const data = suggestions();
  const store = await openLocalStore({ name: `bench-ours-${crypto.randomUUID()}` });
  const [addMs] = await time(async () => {
    for (const suggestion of data) await store.suggestions.add(suggestion);
  });
  const listed = (await store.suggestions.listByPage(onePage)).length;
  const listMs = await medianOf(7, () => store.suggestions.listByPage(onePage));
  const countMs = await medianOf(7, () => store.suggestions.count({ status: 'draft' }));
  store.close();
  return { addMs, listMs, countMs, listed };
}

export async function baseline() {
  const data = suggestions().map((suggestion) => ({ suggestion, status: 'draft' }));
  const db = await openDB(`bench-idb-${crypto.randomUUID()}`, 1, {
    upgrade(db) {
      const store = db.createObjectStore('suggestions', { keyPath: 'suggestion.id' });
      store.createIndex('byPage', 'suggestion.page.url');
      store.createIndex('byStatus', 'status');
    },
  });
  const [addMs] = await time(async () => {
    for (const record of data) await db.add('suggestions', record);
  });
  const listed = (await db.getAllFromIndex('suggestions', 'byPage', onePage)).length;
  const listMs = await medianOf(7, () => db.getAllFromIndex('suggestions', 'byPage', onePage));
  const countMs = await medianOf(7, () => db.countFromIndex('suggestions', 'byStatus', 'draft'));
  db.close();
  return { addMs, listMs, countMs, listed };
}
