import { fmix32, seeds32 } from './hash32.js';

/** Computes MinHash signatures with one fixed family of permutations. */
export class MinHasher {
  private readonly seeds: Uint32Array;

  constructor(
    readonly permutations: number,
    seed = 0x5eed,
  ) {
    this.seeds = seeds32(permutations, seed);
  }

  /** The least permuted value of the set under each permutation. */
  signature(shingles: Uint32Array): Uint32Array {
    const signature = new Uint32Array(this.permutations).fill(0xffffffff);
    const seeds = this.seeds;
    for (let s = 0; s < shingles.length; s++) {
      const shingle = shingles[s]!;
      for (let i = 0; i < seeds.length; i++) {
        const value = fmix32((shingle ^ seeds[i]!) >>> 0);
        if (value < signature[i]!) signature[i] = value;
      }
    }
    return signature;
  }
}

/** The share of permutations whose minima agree: an unbiased estimate of the Jaccard index. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[i]) same++;
  return same / length;
}

/**
 * How much of set A lies in set B, from their Jaccard index and sizes:
 * |A ∩ B| = J · (|A| + |B|) / (1 + J).
 */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0) return 0;
  const shared = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, shared / sizeA);
}
