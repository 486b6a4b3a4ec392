/**
 * Where a string occurs in a long text, without scanning the text each time: every position is filed
 * under a hash of the 8 characters starting there. Built once per page text (a few milliseconds for
 * 500,000 characters) and only when a batch needs more than the fast path, then shared by all targets.
 * `indexOf` would read the whole text for every quote and every seed of an approximate search.
 */

/** Length of the indexed grams; needles shorter than this fall back to `indexOf`. */
export const GRAM = 8;
const BUCKET_BITS = 18;
const BASE = 31;

function bucketOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

function hashAt(text: string, at: number): number {
  let hash = 0;
  for (let i = 0; i < GRAM; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(at + i)) | 0;
  return hash;
}

/** Exact occurrences of a needle in [from, to), ascending, at most `limit`. */
export interface Occurrences {
  occurrences(needle: string, from: number, to: number, limit: number): number[];
}

/** Below this length scanning with `indexOf` costs less than building an index. */
const INDEX_FROM_LENGTH = 100_000;

/** Plain scanning, for short texts. */
function scan(text: string, needle: string, from: number, to: number, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, Math.max(0, from)); at >= 0 && at < to && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The cheapest way to find occurrences in `text`: an index for long texts, scanning for short ones. */
export function occurrencesIn(text: string): Occurrences {
  return text.length >= INDEX_FROM_LENGTH ? new NgramIndex(text) : { occurrences: (needle, from, to, limit) => scan(text, needle, from, to, limit) };
}

export class NgramIndex implements Occurrences {
  /** Start of each bucket in `positions`; bucket b holds positions[starts[b] .. starts[b + 1]). */
  private readonly starts: Int32Array;
  /** Text positions, grouped by bucket, ascending within a bucket. */
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const count = Math.max(0, text.length - GRAM + 1);
    const buckets = new Int32Array(count);
    const sizes = new Int32Array((1 << BUCKET_BITS) + 1);
    // BASE^(GRAM-1), to roll the oldest character out of the hash.
    let top = 1;
    for (let i = 1; i < GRAM; i++) top = Math.imul(top, BASE);
    let hash = count > 0 ? hashAt(text, 0) : 0;
    for (let at = 0; at < count; at++) {
      if (at > 0) hash = (Math.imul(hash - Math.imul(text.charCodeAt(at - 1), top), BASE) + text.charCodeAt(at + GRAM - 1)) | 0;
      const bucket = bucketOf(hash);
      buckets[at] = bucket;
      sizes[bucket + 1]!++;
    }
    for (let b = 1; b < sizes.length; b++) sizes[b]! += sizes[b - 1]!;
    this.starts = sizes;
    this.positions = new Int32Array(count);
    const fill = sizes.slice(0, -1);
    for (let at = 0; at < count; at++) this.positions[fill[buckets[at]!]!++] = at;
  }

  /**
   * Start offsets of `needle` in [from, to), ascending, at most `limit`. Looks the needle up by its
   * rarest gram, then confirms each hit against the text.
   */
  occurrences(needle: string, from: number, to: number, limit: number): number[] {
    const { text } = this;
    const found: number[] = [];
    if (needle.length < GRAM) return scan(text, needle, from, to, limit);
    let bestOffset = 0;
    let bestBucket = 0;
    let bestSize = Number.POSITIVE_INFINITY;
    for (let offset = 0; offset + GRAM <= needle.length; offset += Math.max(1, Math.floor((needle.length - GRAM) / 8)) || 1) {
      const bucket = bucketOf(hashAt(needle, offset));
      const size = this.starts[bucket + 1]! - this.starts[bucket]!;
      if (size < bestSize) {
        bestSize = size;
        bestBucket = bucket;
        bestOffset = offset;
      }
      if (size === 0) return found;
    }
    const end = this.starts[bestBucket + 1]!;
    // Positions are ascending within the bucket: skip to `from` by binary search.
    let low = this.starts[bestBucket]!;
    let high = end;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.positions[mid]! - bestOffset < from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < end && found.length < limit; i++) {
      const start = this.positions[i]! - bestOffset;
      if (start >= to) break;
      if (start >= 0 && text.startsWith(needle, start)) found.push(start);
    }
    return found;
  }

  /** Number of occurrences, counting at most `limit`. */
  count(needle: string, limit: number): number {
    return this.occurrences(needle, 0, this.text.length, limit).length;
  }
}
