import { pageIdentity, type ClusterEdit, type Suggestion } from '../model';
import { bandKey, BANDS, SIGNATURE_SIZE, signatureInto } from './minhash';
import { normaliseText, packedJaccard, packShingles } from './text-features';

/**
 * Clusters: suggestions about the same target (the same field, passage or element of the same step),
 * or with near-identical problem texts across targets, form one cluster (see `automaticLabels` for how
 * text links join targets). A decision on a cluster applies
 * to all its suggestions; management merges and splits clusters by hand (`ClusterEdit`), and those edits
 * are replayed on every new clustering, so an import never undoes them.
 */

/** Problem texts at least this similar (Jaccard over word pairs) are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Members of a bucket an incoming text is checked against: enough to find its groups, bounded for big buckets. */
const REPRESENTATIVES = 4;
/** A target group joins another when at least this share of its members repeat, near-identically, what is said there. */
export const MIN_ECHO_SHARE = 0.5;

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
  return JSON.stringify([pageIdentity(suggestion.page), suggestion.target.kind, targetWhat(suggestion)]);
}

function targetWhat(suggestion: Suggestion): string {
  const { target } = suggestion;
  const field = target.selectors.find((s) => s.type === 'FieldSelector');
  const quote = target.selectors.find((s) => s.type === 'TextQuoteSelector');
  const css = target.selectors.find((s) => s.type === 'CssSelector');
  if (target.kind === 'page') return '';
  if (target.kind === 'text' && quote) return squash(quote.exact, suggestion);
  if (field) return [...field.legends, field.label ?? field.name ?? field.id ?? ''].map((part) => squash(part, suggestion)).join(' › ');
  return squash(target.label, suggestion) || (css?.value ?? '');
}

/**
 * `targetKey` for many suggestions: pages and targets repeat across an import, so each distinct page
 * and each distinct way of naming a target is worked out once.
 */
function targetKeys(items: readonly ClusterItem[]): string[] {
  const pages = new Map<string, string>();
  const whats = new Map<string, string>();
  return items.map(({ suggestion }) => {
    const { page, target } = suggestion;
    const pageRaw = `${page.url}\u0000${page.title}\u0000${page.step ?? ''}`;
    let pageKey = pages.get(pageRaw);
    if (pageKey === undefined) pages.set(pageRaw, (pageKey = pageIdentity(page)));
    // Everything targetWhat reads, unnormalised.
    const field = target.selectors.find((s) => s.type === 'FieldSelector');
    const quote = target.selectors.find((s) => s.type === 'TextQuoteSelector');
    const css = target.selectors.find((s) => s.type === 'CssSelector');
    const whatRaw = [suggestion.language, target.kind, target.label, quote?.exact, css?.value, field?.label, field?.name, field?.id, ...(field?.legends ?? [])].join('\u0000');
    let what = whats.get(whatRaw);
    if (what === undefined) whats.set(whatRaw, (what = targetWhat(suggestion)));
    return JSON.stringify([pageKey, target.kind, what]);
  });
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

/**
 * For each item, the target groups other than its own in which it has a near-duplicate text: LSH
 * buckets propose candidates, the exact Jaccard check decides. Within a bucket an item is checked
 * against a few representatives only, so a text repeated a thousand times costs a thousand checks,
 * not half a million.
 */
function nearDuplicateGroups(items: readonly ClusterItem[], group: Int32Array, threshold: number): Map<number, Set<number>> {
  const sets = packShingles(items.map(({ suggestion }) => ({ text: suggestion.problem, language: suggestion.language })));
  const signatures = new Uint32Array(items.length * SIGNATURE_SIZE);
  for (let index = 0; index < items.length; index++) signatureInto(sets.data, sets.start[index]!, sets.start[index + 1]!, signatures, index * SIGNATURE_SIZE);
  const found = new Map<number, Set<number>>();
  const note = (index: number, otherGroup: number) => {
    let groups = found.get(index);
    if (!groups) found.set(index, (groups = new Set()));
    groups.add(otherGroup);
  };
  // Per band: bucket key → slot; a slot holds up to REPRESENTATIVES item indexes. Reused across bands.
  const slotOf = new Map<number, number>();
  const representatives = new Int32Array(items.length * REPRESENTATIVES);
  const filled = new Uint8Array(items.length);
  for (let band = 0; band < BANDS; band++) {
    slotOf.clear();
    let slots = 0;
    for (let index = 0; index < items.length; index++) {
      // A text of function words only has no shingles: nothing to be a near-duplicate of.
      if (sets.start[index] === sets.start[index + 1]) continue;
      const key = bandKey(signatures, index * SIGNATURE_SIZE, band);
      const slot = slotOf.get(key);
      if (slot === undefined) {
        slotOf.set(key, slots);
        representatives[slots * REPRESENTATIVES] = index;
        filled[slots++] = 1;
        continue;
      }
      let placed = false;
      for (let r = 0; r < filled[slot]!; r++) {
        const other = representatives[slot * REPRESENTATIVES + r]!;
        if (group[other] === group[index]) {
          placed = true;
          continue;
        }
        if (found.get(index)?.has(group[other]!)) continue;
        if (packedJaccard(sets, other, index) >= threshold) {
          note(index, group[other]!);
          note(other, group[index]!);
        }
      }
      if (!placed && filled[slot]! < REPRESENTATIVES) representatives[slot * REPRESENTATIVES + filled[slot]!++] = index;
    }
  }
  return found;
}

/**
 * Cluster labels per item before the hand edits. First every target is a group (and a marked duplicate
 * joins its survivor's). Then a group joins another when at least half of its members repeat,
 * near-identically, what is said there. A suggestion alone on its field that repeats a complaint made
 * elsewhere joins that cluster; two busy fields that share a copied sentence stay apart, where joining
 * on every link would chain a whole form into one cluster (single linkage) and a decision on it would
 * decide on everything.
 */
function automaticLabels(items: readonly ClusterItem[], threshold: number): Int32Array {
  const targets = new Map<string, number>();
  const keys = targetKeys(items);
  const group = Int32Array.from(keys, (key) => {
    let id = targets.get(key);
    if (id === undefined) targets.set(key, (id = targets.size));
    return id;
  });
  const { find, union } = unionFind(targets.size);
  const indexOf = new Map(items.map((item, index) => [item.suggestion.id, index]));
  items.forEach((item, index) => {
    const survivor = item.mergedInto === undefined ? undefined : indexOf.get(item.mergedInto);
    if (survivor !== undefined) union(group[survivor]!, group[index]!);
  });

  const size = new Int32Array(targets.size);
  for (const id of group) size[id]!++;
  // How many members of one group have a near-duplicate in another, per (group, other group).
  const echoes = new Map<number, number>();
  for (const [index, others] of nearDuplicateGroups(items, group, threshold)) {
    for (const other of others) {
      const key = group[index]! * targets.size + other;
      echoes.set(key, (echoes.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of echoes) {
    const from = Math.floor(key / targets.size);
    if (count >= MIN_ECHO_SHARE * size[from]!) union(from, key % targets.size);
  }
  return Int32Array.from(group, (id) => find(id));
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
