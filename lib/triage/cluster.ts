import { pageIdentity, type ClusterEdit, type Suggestion } from '../model';
import { bandKey, BANDS, signature } from './minhash';
import { jaccard, normaliseText, shingles } from './text-features';

/**
 * Clusters: suggestions about the same target (the same field, passage or element of the same step),
 * or with near-identical problem texts across targets, form one cluster. A decision on a cluster applies
 * to all its suggestions; management merges and splits clusters by hand (`ClusterEdit`), and those edits
 * are replayed on every new clustering, so an import never undoes them.
 */

/** Problem texts at least this similar (Jaccard over word pairs) are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Members of a bucket an incoming text is checked against: enough to join a chain, bounded for big buckets. */
const REPRESENTATIVES = 4;

export interface ClusterItem {
  suggestion: Suggestion;
  /** Set once management marked it as a duplicate: it belongs where its survivor is. */
  mergedInto?: string;
}

export interface Cluster {
  /** Stable over re-clustering as long as the members stay: the smallest member id. */
  id: string;
  /** Indexes into the clustered items, in input order. */
  members: number[];
}

export interface Clustering {
  /** Largest first (ties: by id), as the board sorts "by number of similar suggestions". */
  clusters: Cluster[];
  /** For each item, the index of its cluster in `clusters`. */
  clusterOf: Int32Array;
}

const squash = (text: string | undefined, suggestion: Suggestion) => normaliseText(text ?? '', suggestion.language).replace(/\s+/g, ' ').trim();

/**
 * What a suggestion points at, as a key equal for the same target on the same page: the step (see
 * `pageIdentity`), the kind, and what a person saw there (the field's label under its legends, the
 * quoted passage, the element's label), falling back to markup only where nothing visible was kept.
 */
export function targetKey(suggestion: Suggestion): string {
  const { target } = suggestion;
  const field = target.selectors.find((s) => s.type === 'FieldSelector');
  const quote = target.selectors.find((s) => s.type === 'TextQuoteSelector');
  const css = target.selectors.find((s) => s.type === 'CssSelector');
  let what: string;
  if (target.kind === 'page') what = '';
  else if (target.kind === 'text' && quote) what = squash(quote.exact, suggestion);
  else if (field) what = [...field.legends, field.label ?? field.name ?? field.id ?? ''].map((part) => squash(part, suggestion)).join(' › ');
  else what = squash(target.label, suggestion) || (css?.value ?? '');
  return JSON.stringify([pageIdentity(suggestion.page), target.kind, what]);
}

/** Disjoint sets with path halving and union by size. */
function unionFind(size: number) {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const weight = new Int32Array(size).fill(1);
  const find = (i: number) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (weight[ra]! < weight[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    weight[ra]! += weight[rb]!;
  };
  return { find, union };
}

/** Cluster labels per item before the hand edits: one union-find root per cluster. */
function automaticLabels(items: readonly ClusterItem[], threshold: number): Int32Array {
  const { find, union } = unionFind(items.length);
  const indexOf = new Map(items.map((item, index) => [item.suggestion.id, index]));

  const byTarget = new Map<string, number>();
  items.forEach((item, index) => {
    const key = targetKey(item.suggestion);
    const first = byTarget.get(key);
    if (first === undefined) byTarget.set(key, index);
    else union(first, index);
    const survivor = item.mergedInto === undefined ? undefined : indexOf.get(item.mergedInto);
    if (survivor !== undefined) union(survivor, index);
  });

  const sets = items.map((item) => shingles(item.suggestion.problem, item.suggestion.language));
  const signatures = sets.map((set) => (set.length ? signature(set) : undefined));
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((sig, index) => {
      if (!sig) return;
      const key = bandKey(sig, band);
      const representatives = buckets.get(key);
      if (!representatives) {
        buckets.set(key, [index]);
        return;
      }
      for (const other of representatives) {
        if (find(other) === find(index) || jaccard(sets[other]!, sets[index]!) >= threshold) {
          union(other, index);
          return;
        }
      }
      if (representatives.length < REPRESENTATIVES) representatives.push(index);
    });
  }
  return Int32Array.from(items, (_, index) => find(index));
}

/**
 * Replay the hand edits in order. A split takes the named suggestions out of their clusters into one
 * of their own; a merge joins every cluster that holds one of the named suggestions. Ids no longer
 * present (a suggestion not imported this time) are skipped.
 */
function applyEdits(labels: Int32Array, items: readonly ClusterItem[], edits: readonly ClusterEdit[]): void {
  const indexOf = new Map(items.map((item, index) => [item.suggestion.id, index]));
  let fresh = items.length;
  for (const edit of edits) {
    const indexes = edit.ids.map((id) => indexOf.get(id)).filter((index) => index !== undefined);
    if (indexes.length === 0) continue;
    if (edit.kind === 'split') {
      const label = fresh++;
      for (const index of indexes) labels[index] = label;
    } else {
      const joined = new Set(indexes.map((index) => labels[index]!));
      const into = labels[indexes[0]!]!;
      for (let i = 0; i < labels.length; i++) if (joined.has(labels[i]!)) labels[i] = into;
    }
  }
}

export interface ClusterOptions {
  edits?: readonly ClusterEdit[];
  threshold?: number;
}

/** Cluster the suggestions: same target, or near-identical problem text (MinHash/LSH, checked exactly). */
export function clusterSuggestions(items: readonly ClusterItem[], options: ClusterOptions = {}): Clustering {
  const labels = automaticLabels(items, options.threshold ?? NEAR_DUPLICATE_JACCARD);
  applyEdits(labels, items, options.edits ?? []);

  const byLabel = new Map<number, number[]>();
  labels.forEach((label, index) => {
    const members = byLabel.get(label);
    if (members) members.push(index);
    else byLabel.set(label, [index]);
  });
  const clusters = [...byLabel.values()].map((members) => ({
    id: members.reduce((smallest, index) => (items[index]!.suggestion.id < smallest ? items[index]!.suggestion.id : smallest), items[members[0]!]!.suggestion.id),
    members,
  }));
  clusters.sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));
  const clusterOf = new Int32Array(items.length);
  clusters.forEach((cluster, position) => {
    for (const index of cluster.members) clusterOf[index] = position;
  });
  return { clusters, clusterOf };
}
