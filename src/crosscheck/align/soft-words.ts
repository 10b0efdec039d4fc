import type { Claim } from '../claims/claim.js';
import type { WordVectors } from './word-vectors.js';

/** Two words closer than this in meaning may stand for each other ("collapse" and "fail"). */
export const NEAR_SYNONYM = 0.5;

/**
 * How close two words of one common WordNet sense are at least ("capsized" / "overturned"): near,
 * not the same word, as a sense shared in WordNet is sometimes not the one a report means
 * ("charged" / "indicted").
 */
export const SAME_SENSE = 0.8;

/** A claim's soft words as vector rows with their weights, for `softShared`. */
export interface SoftWords {
  words: string[];
  rows: Int32Array;
  weights: Float64Array;
  /** Each word's WordNet sense id as the claim uses it (a verb or a noun), -1 for none. */
  senses: Int32Array;
}

/**
 * How much a near-synonym counts: nothing at the threshold, fully for the same word. These
 * vectors put unrelated words of one register at cosines of 0.5 to 0.7 ("decide" and "hold"),
 * so a near-synonym's cosine alone would count them nearly as much as a shared word.
 */
export const nearness = (similarity: number) =>
  similarity < NEAR_SYNONYM ? 0 : (similarity - NEAR_SYNONYM) / (1 - NEAR_SYNONYM);

export function softWordsOf(
  claim: Claim,
  weights: Map<string, number>,
  vectors: WordVectors,
): SoftWords {
  const kept = claim.softWords.filter((word) => vectors.row(word) >= 0);
  const senses = vectors.senses;
  return {
    words: kept,
    rows: Int32Array.from(kept, (word) => vectors.row(word)),
    weights: Float64Array.from(kept, (word) => weights.get(word) ?? 0),
    // As the claim uses each word: an adjective has no noun sense ("last" is no "end").
    senses: Int32Array.from(kept, (word) =>
      !senses
        ? -1
        : claim.predicates.includes(word)
          ? senses.id(word, 'verb')
          : claim.nouns.includes(word)
            ? senses.id(word, 'noun')
            : -1,
    ),
  };
}

/** The near-synonym pairs found by the last `softPairs`: indices into `a` and `b`, and nearness. */
export interface SoftPairs {
  count: number;
  a: Int32Array;
  b: Int32Array;
  near: Float64Array;
}

/** Buffers reused by every call: alignment asks this of hundreds of thousands of claim pairs. */
let rowsA = new Int32Array(64);
let rowsB = new Int32Array(64);
let bestA = new Float64Array(64);
let bestB = new Float64Array(64);
let partnerA = new Int32Array(64);
let partnerB = new Int32Array(64);
const found: SoftPairs = {
  count: 0,
  a: new Int32Array(64),
  b: new Int32Array(64),
  near: new Float64Array(64),
};

function reserve(n: number): void {
  if (rowsA.length >= n) return;
  const size = Math.max(n, rowsA.length * 2);
  rowsA = new Int32Array(size);
  rowsB = new Int32Array(size);
  bestA = new Float64Array(size);
  bestB = new Float64Array(size);
  partnerA = new Int32Array(size);
  partnerB = new Int32Array(size);
  found.a = new Int32Array(size);
  found.b = new Int32Array(size);
  found.near = new Float64Array(size);
}

/**
 * The near-synonym pairs of two claims: each word of one side without an exact match on the
 * other pairs with its closest word there when each is the other's nearest, so that one broad
 * word ("talk") does not stand for every word of the other claim. The result is valid until the
 * next call.
 */
export function softPairs(
  a: SoftWords,
  b: SoftWords,
  exactA: ReadonlySet<string>,
  exactB: ReadonlySet<string>,
  vectors: WordVectors,
): SoftPairs {
  reserve(Math.max(a.rows.length, b.rows.length));
  found.count = 0;
  // Only words without an exact match look for a near one; each pair's cosine is computed once
  // and serves both directions.
  let n = 0;
  let m = 0;
  for (let i = 0; i < a.rows.length; i++) if (!exactB.has(a.words[i]!)) rowsA[n++] = i;
  for (let j = 0; j < b.rows.length; j++) if (!exactA.has(b.words[j]!)) rowsB[m++] = j;
  if (n === 0 || m === 0) return found;
  bestA.fill(0, 0, n);
  bestB.fill(0, 0, m);
  partnerA.fill(-1, 0, n);
  partnerB.fill(-1, 0, m);
  const senses = vectors.senses;
  for (let x = 0; x < n; x++) {
    const row = a.rows[rowsA[x]!]!;
    const sense = a.senses[rowsA[x]!]!;
    for (let y = 0; y < m; y++) {
      const cosine = vectors.rowSimilarity(row, b.rows[rowsB[y]!]!);
      const similarity =
        cosine < SAME_SENSE && sense >= 0 && senses?.relatedIds(sense, b.senses[rowsB[y]!]!)
          ? SAME_SENSE
          : cosine;
      if (similarity > bestA[x]!) {
        bestA[x] = similarity;
        partnerA[x] = y;
      }
      if (similarity > bestB[y]!) {
        bestB[y] = similarity;
        partnerB[y] = x;
      }
    }
  }
  for (let x = 0; x < n; x++) {
    const y = partnerA[x]!;
    if (y < 0 || partnerB[y] !== x) continue;
    const near = nearness(bestA[x]!);
    if (near <= 0) continue;
    found.a[found.count] = rowsA[x]!;
    found.b[found.count] = rowsB[y]!;
    found.near[found.count] = near;
    found.count++;
  }
  return found;
}

/** The weight two claims share through near-synonyms (exact matches are counted by the caller). */
export function softShared(
  a: SoftWords,
  b: SoftWords,
  exactA: ReadonlySet<string>,
  exactB: ReadonlySet<string>,
  vectors: WordVectors,
): number {
  const pairs = softPairs(a, b, exactA, exactB, vectors);
  let sum = 0;
  for (let k = 0; k < pairs.count; k++)
    sum += pairs.near[k]! * a.weights[pairs.a[k]!]! * b.weights[pairs.b[k]!]!;
  return sum;
}
