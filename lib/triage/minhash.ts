/**
 * MinHash with locality-sensitive hashing (Broder 1997; Leskovec, Rajaraman, Ullman: "Mining of Massive
 * Datasets", ch. 3): the standard way to find near-duplicate texts among many without comparing every
 * pair. Each text's shingle set becomes a short signature; two signatures agree in one position with
 * probability equal to the sets' Jaccard similarity. Signatures are cut into bands; texts that agree in
 * a whole band become candidates, and only candidates are compared exactly.
 *
 * With 12 bands of 4 rows, a pair is a candidate with probability 1 − (1 − J⁴)¹²: 99.8 % at J = 0.8,
 * 80 % at J = 0.6, 11 % at J = 0.3. The exact check then keeps only pairs at or above the threshold.
 */

export const BANDS = 12;
export const ROWS = 4;
const SIZE = BANDS * ROWS;

/** Two odd multipliers' worth of seeds per signature position (fixed, so clusters are the same on every run and machine). */
const SEEDS = Uint32Array.from({ length: SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);
const MULTIPLIERS = Uint32Array.from({ length: SIZE }, (_, i) => (Math.imul(i + 7, 0x85ebca6b) | 1) >>> 0);

/**
 * A signature position's hash of one shingle: the shingle (itself already a well-mixed hash) xor a seed,
 * times an odd multiplier, high bits folded down. One multiplication, because it runs 48 times for every
 * shingle of every suggestion of an import.
 */
function positionHash(shingle: number, i: number): number {
  const h = Math.imul(shingle ^ SEEDS[i]!, MULTIPLIERS[i]!);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The MinHash signature of `shingles[from…to]` into `out[at…at + SIZE]`: per position, the smallest hash over all shingles. */
export function signatureInto(shingles: Uint32Array, from: number, to: number, out: Uint32Array, at: number): void {
  out.fill(0xffffffff, at, at + SIZE);
  for (let s = from; s < to; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < SIZE; i++) {
      const h = positionHash(shingle, i);
      if (h < out[at + i]!) out[at + i] = h;
    }
  }
}

export const SIGNATURE_SIZE = SIZE;

/**
 * A band of a signature as one number below 2³⁰, which the engine keeps as a small integer rather than
 * a heap object, so a map keyed by it stays fast. Collisions only make extra candidates, which the exact
 * check drops.
 */
export function bandKey(signatures: Uint32Array, at: number, band: number): number {
  let h = band + 1;
  for (let r = at + band * ROWS; r < at + (band + 1) * ROWS; r++) h = Math.imul(h, 0x01000193) ^ signatures[r]!;
  return h & 0x3fffffff;
}
