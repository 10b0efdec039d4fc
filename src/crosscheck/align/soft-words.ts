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
 * The weight two claims share through near-synonyms: each word of one side without an exact
 * match on the other counts with its closest word there, scaled by how close (both directions,
 * averaged). Exact matches are counted by the caller.
 */
export function softShared(
  a: SoftWords,
  b: SoftWords,
  exactA: ReadonlySet<string>,
  exactB: ReadonlySet<string>,
  vectors: WordVectors,
): number {
  // Only words without an exact match look for a near one; each pair's cosine is computed once
  // and serves both directions.
  const rowsA: number[] = [];
  const rowsB: number[] = [];
  for (let i = 0; i < a.rows.length; i++) if (!exactB.has(a.words[i]!)) rowsA.push(i);
  for (let j = 0; j < b.rows.length; j++) if (!exactA.has(b.words[j]!)) rowsB.push(j);
  if (rowsA.length === 0 || rowsB.length === 0) return 0;
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
  // A pair counts only when each word is the other's nearest: one broad word ("talk") does not
  // stand for every word of the other claim.
  let sum = 0;
  for (let x = 0; x < rowsA.length; x++)
    for (let y = 0; y < rowsB.length; y++)
      if (bestA[x] === bestB[y] && bestPartnerA[x] === y && bestPartnerB[y] === x)
        sum += nearness(bestA[x]!) * a.weights[rowsA[x]!]! * b.weights[rowsB[y]!]!;
  return sum;
}
