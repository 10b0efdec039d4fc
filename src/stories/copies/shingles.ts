import { combine32, fnv1a32 } from './hash32.js';

/**
 * The distinct hashes of every run of `size` consecutive words, sorted. A text shorter than one
 * shingle gives none: too little to tell a copy from a coincidence.
 */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length < size) return new Uint32Array(0);
  const wordHashes = words.map(fnv1a32);
  const out = new Uint32Array(words.length - size + 1);
  for (let i = 0; i < out.length; i++) {
    let hash = size;
    for (let j = 0; j < size; j++) hash = combine32(hash, wordHashes[i + j]!);
    out[i] = hash;
  }
  out.sort();
  let distinct = 0;
  for (let i = 0; i < out.length; i++)
    if (i === 0 || out[i] !== out[i - 1]) out[distinct++] = out[i]!;
  return out.slice(0, distinct);
}
