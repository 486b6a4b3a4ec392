import { openDB } from 'idb';
import { BoardRecord, parseWith } from '../../lib/model';
import { combineBatches, MIN_ECHO_SHARE, NEAR_DUPLICATE_JACCARD, jaccard, readTriageFile, shingles, targetKey, type ClusterItem } from '../../lib/triage';

/**
 * The naive way to the same clusters: compare every pair of suggestions exactly (Jaccard over the same
 * word pairs), then apply the same rule for joining targets. Quadratic, so it runs on a sample and its
 * cost for 100,000 is extrapolated. It is also the reference the clustering's agreement is measured on.
 */
export function naiveClusterLabels(items: readonly ClusterItem[]): Int32Array {
  const targets = new Map<string, number>();
  const group = Int32Array.from(items, (item) => {
    const key = targetKey(item.suggestion);
    let id = targets.get(key);
    if (id === undefined) targets.set(key, (id = targets.size));
    return id;
  });
  const sets = items.map((item) => shingles(item.suggestion.problem, item.suggestion.language));
  const echoed = items.map(() => new Set<number>());
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (group[i] === group[j] || sets[i]!.length === 0 || sets[j]!.length === 0) continue;
      if (jaccard(sets[i]!, sets[j]!) >= NEAR_DUPLICATE_JACCARD) {
        echoed[i]!.add(group[j]!);
        echoed[j]!.add(group[i]!);
      }
    }
  }
  const size = new Map<number, number>();
  for (const id of group) size.set(id, (size.get(id) ?? 0) + 1);
  const counts = new Map<string, number>();
  echoed.forEach((others, index) => others.forEach((other) => counts.set(`${group[index]}|${other}`, (counts.get(`${group[index]}|${other}`) ?? 0) + 1)));
  const parent = [...targets.values()];
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const [key, count] of counts) {
    const [from, to] = key.split('|').map(Number) as [number, number];
    if (count >= MIN_ECHO_SHARE * size.get(from)!) parent[find(from)] = find(to);
  }
  return Int32Array.from(group, (id) => find(id));
}

/**
 * How far two clusterings of the same items agree, counted over pairs: of the pairs one puts together,
 * how many the other does too (precision and recall against the reference), and the Rand index (share
 * of all pairs on which both agree, together or apart).
 */
export function pairAgreement(ours: ArrayLike<number>, reference: ArrayLike<number>): { precision: number; recall: number; rand: number } {
  let both = 0;
  let onlyOurs = 0;
  let onlyReference = 0;
  let pairs = 0;
  for (let i = 0; i < ours.length; i++) {
    for (let j = i + 1; j < ours.length; j++) {
      const a = ours[i] === ours[j];
      const b = reference[i] === reference[j];
      pairs++;
      if (a && b) both++;
      else if (a) onlyOurs++;
      else if (b) onlyReference++;
    }
  }
  return { precision: both / (both + onlyOurs || 1), recall: both / (both + onlyReference || 1), rand: (pairs - onlyOurs - onlyReference) / pairs };
}

/**
 * The board's import as it was: every suggestion an IndexedDB record of its own (one write each), then
 * everything read back and checked again to show it.
 */
export async function importOneByOne(files: readonly Blob[], database: string): Promise<BoardRecord[]> {
  const db = await openDB(database, 1, { upgrade: (upgrading) => void upgrading.createObjectStore('records', { keyPath: 'suggestion.id' }) });
  const batches = [];
  for (const file of files) batches.push(...(await readTriageFile(file)));
  const { records, batchOf } = combineBatches(batches);
  const tx = db.transaction('records', 'readwrite');
  for (const record of records) void tx.store.put({ ...record, batchId: batchOf.get(record.suggestion.id)!, history: [...record.history], decidedHere: false });
  await tx.done;
  return (await db.getAll('records')).map((value) => parseWith(BoardRecord, value, 'board record'));
}
