// Runs inside Chromium (bundled by triage.bench.ts): the board's own work on 100,000 suggestions.
import { createFileSource } from '../../board/file-source';
import { buildSearchIndex, clusterSuggestions, combineBatches, decide, filterRecords, readTriageFile, type TriageRecord } from '../../lib/triage';
import { makeTriageData } from './triage-data';
import { importOneByOne, naiveClusterLabels, pairAgreement } from './triage-baseline';

const time = async <T>(work: () => T | Promise<T>): Promise<[number, T]> => {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
};

const median = async (runs: number, work: () => unknown) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(work))[0]);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};

export async function run(sampleSize: number) {
  const data = makeTriageData();
  // The files as a person drops them: bytes the board reads. Making them from our strings is not the board's work.
  const files = data.files.map((file) => new Blob([file]));
  const [importMs, { records, repeated }] = await time(async () => {
    const batches = [];
    for (const file of files) batches.push(...(await readTriageFile(file)));
    return combineBatches(batches);
  });
  const items = records.map(({ suggestion }) => ({ suggestion }));
  const [clusterMs, clustering] = await time(() => clusterSuggestions(items));

  // The same rule, all pairs compared exactly, on an evenly spread sample.
  const step = Math.floor(items.length / sampleSize);
  const sample = Array.from({ length: sampleSize }, (_, i) => items[i * step]!);
  const [naiveMs, naive] = await time(() => naiveClusterLabels(sample));
  const [sampleMs, ours] = await time(() => clusterSuggestions(sample));
  const agreement = pairAgreement(ours.clusterOf, naive);
  // The text side alone: every suggestion its own target, so only near-duplicate texts join clusters.
  const alone = sample.map(({ suggestion }, i) => ({ suggestion: { ...suggestion, page: { url: `https://jobcenter-musterstadt.example/${i}`, title: String(i) }, target: { kind: 'page' as const, selectors: [] } } }));
  const [textMs, textOurs] = await time(() => clusterSuggestions(alone));
  const [textNaiveMs, textNaive] = await time(() => naiveClusterLabels(alone));
  const textAgreement = pairAgreement(textOurs.clusterOf, textNaive);

  const [indexMs, index] = await time(() => buildSearchIndex(records));
  const searchMs = await median(5, () => filterRecords(records, index, { q: records[12_345]!.suggestion.problem.split(' ').slice(2, 4).join(' ') }));
  const filterMs = await median(5, () => filterRecords(records, index, { status: ['received'], authorRole: ['caseworker'], service: ['WBA'] }));
  const hits = filterRecords(records, index, { status: ['received'], authorRole: ['caseworker'], service: ['WBA'] }).length;

  // The board's own import (its worker runs this): read, check and store in IndexedDB, and hand back the
  // board's data; against the import as it was (a write per suggestion, then all read back). Then opening
  // the board: everything read from IndexedDB and checked.
  const named = files.map((file, i) => new File([file], `paket-${i + 1}.json`));
  const source = createFileSource(`bench-${crypto.randomUUID()}`);
  const [boardImportMs] = await time(() => source.importFiles!(named, { onProgress: () => undefined, signal: new AbortController().signal }));
  const [oneByOneMs] = await time(() => importOneByOne(files, `bench-${crypto.randomUUID()}`));
  const [reloadMs] = await time(() => source.load());

  // A decision on a cluster of 1,000: every member moves, and the board's list gets the new records.
  const big = clustering.clusters.find((cluster) => cluster.members.length >= 1000)!;
  const members = big.members.slice(0, 1000);
  const decisionMs = await median(5, () => {
    const { changed } = decide(records, members, { status: 'in-review', publicAnswer: 'Wir prüfen das.' }, 'bench', new Date().toISOString());
    const next: TriageRecord[] = records.slice();
    for (const [i, record] of changed) next[i] = record;
    return next;
  });

  return {
    total: records.length,
    repeated,
    importMs,
    clusterMs,
    clusters: clustering.clusters.length,
    largest: clustering.clusters[0]!.members.length,
    sampleSize,
    naiveMs,
    sampleMs,
    agreement,
    textAgreement,
    textMs,
    textNaiveMs,
    textClusters: textOurs.clusters.length,
    indexMs,
    searchMs,
    filterMs,
    hits,
    decisionMs,
    boardImportMs,
    oneByOneMs,
    reloadMs,
  };
}
