import type { Claim } from '../claims/claim.js';
import type { WordVectors } from './word-vectors.js';

/** Two words closer than this in meaning may stand for each other ("collapse" and "fail"). */
export const NEAR_SYNONYM = 0.5;

/** A claim's soft words as vector rows with their weights, for `softShared`. */
export interface SoftWords {
  words: string[];
  rows: Int32Array;
  weights: Float64Array;
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
  return {
    words: kept,
    rows: Int32Array.from(kept, (word) => vectors.row(word)),
    weights: Float64Array.from(kept, (word) => weights.get(word) ?? 0),
  };
}

/**
 * The near-synonym pairs of two claims: each word of one side without an exact match on the
 * other pairs with its closest word there when each is the other's nearest, so that one broad
 * word ("talk") does not stand for every word of the other claim. Calls `visit` with the two
 * words' indices in `a` and `b` and how near they are (0–1).
 */
export function forEachSoftPair(
  a: SoftWords,
  b: SoftWords,
  exactA: ReadonlySet<string>,
  exactB: ReadonlySet<string>,
  vectors: WordVectors,
  visit: (i: number, j: number, near: number) => void,
): void {
  // Only words without an exact match look for a near one; each pair's cosine is computed once
  // and serves both directions.
  const rowsA: number[] = [];
  const rowsB: number[] = [];
  for (let i = 0; i < a.rows.length; i++) if (!exactB.has(a.words[i]!)) rowsA.push(i);
  for (let j = 0; j < b.rows.length; j++) if (!exactA.has(b.words[j]!)) rowsB.push(j);
  if (rowsA.length === 0 || rowsB.length === 0) return;
  const bestA = new Float64Array(rowsA.length);
  const bestPartnerA = new Int32Array(rowsA.length).fill(-1);
  const bestB = new Float64Array(rowsB.length);
  const bestPartnerB = new Int32Array(rowsB.length).fill(-1);
  for (let x = 0; x < rowsA.length; x++) {
    const i = rowsA[x]!;
    for (let y = 0; y < rowsB.length; y++) {
      const j = rowsB[y]!;
      const similarity = vectors.rowSimilarity(a.rows[i]!, b.rows[j]!);
      if (similarity > bestA[x]!) {
        bestA[x] = similarity;
        bestPartnerA[x] = y;
      }
      if (similarity > bestB[y]!) {
        bestB[y] = similarity;
        bestPartnerB[y] = x;
      }
    }
  }
  for (let x = 0; x < rowsA.length; x++) {
    const y = bestPartnerA[x]!;
    if (y < 0 || bestPartnerB[y] !== x) continue;
    const near = nearness(bestA[x]!);
    if (near > 0) visit(rowsA[x]!, rowsB[y]!, near);
  }
}

/** The weight two claims share through near-synonyms (exact matches are counted by the caller). */
export function softShared(
  a: SoftWords,
  b: SoftWords,
  exactA: ReadonlySet<string>,
  exactB: ReadonlySet<string>,
  vectors: WordVectors,
): number {
  let sum = 0;
  forEachSoftPair(a, b, exactA, exactB, vectors, (i, j, near) => {
    sum += near * a.weights[i]! * b.weights[j]!;
  });
  return sum;
}
