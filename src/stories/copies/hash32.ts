/** FNV-1a over UTF-16 code units: fast, and plenty for words (a collision merely joins two). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finaliser: a bijection on 32-bit integers with full avalanche, so `fmix32(x ^ seed)`
 * is a different well-mixed permutation for every seed.
 */
export function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-dependent combination of two 32-bit hashes. */
export function combine32(hash: number, value: number): number {
  return fmix32((Math.imul(hash, 0x01000193) ^ value) >>> 0);
}

/** A fixed sequence of 32-bit seeds (SplitMix32), the same on every machine and every run. */
export function seeds32(count: number, seed: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = fmix32(state);
  }
  return out;
}
