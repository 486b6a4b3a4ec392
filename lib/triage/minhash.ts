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

/** One seed per signature position (fixed, so clusters are the same on every run and machine). */
const SEEDS = Uint32Array.from({ length: SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

/** A signature position's hash of one shingle: the shingle mixed with the position's seed. */
function positionHash(shingle: number, seed: number): number {
  let h = Math.imul(shingle ^ seed, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The MinHash signature of a shingle set: per position, the smallest hash over all shingles. */
export function signature(shingles: Uint32Array): Uint32Array {
  const result = new Uint32Array(SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < SIZE; i++) {
      const h = positionHash(shingle, SEEDS[i]!);
      if (h < result[i]!) result[i] = h;
    }
  }
  return result;
}

/** A band of a signature as one number (collisions only make extra candidates, which the exact check drops). */
export function bandKey(sig: Uint32Array, band: number): number {
  let h = band + 1;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = (Math.imul(h, 0x01000193) ^ sig[r]!) >>> 0;
  return h;
}
