import type { Claim } from '../claims/claim.js';
import type { WordVectors } from './word-vectors.js';

/** Two words closer than this in meaning may stand for each other ("collapse" and "fail"). */
export const NEAR_SYNONYM = 0.55;

/** A claim's soft words as vector rows with their weights, for `softShared`. */
export interface SoftWords {
  words: string[];
  rows: Int32Array;
  weights: Float64Array;
}

/**
 * How much a near-synonym counts: its cosine, from the threshold up. (Scaling it down from the
 * threshold, or asking for the same part of speech, lost more right links than wrong ones on
 * both the example gold and ECB+.)
 */
export const nearness = (similarity: number) => (similarity < NEAR_SYNONYM ? 0 : similarity);

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
  const weightA = new Float64Array(rowsA.length);
  const bestB = new Float64Array(rowsB.length);
  const weightB = new Float64Array(rowsB.length);
  for (let x = 0; x < rowsA.length; x++) {
    const i = rowsA[x]!;
    for (let y = 0; y < rowsB.length; y++) {
      const j = rowsB[y]!;
      const similarity = vectors.rowSimilarity(a.rows[i]!, b.rows[j]!);
      if (similarity > bestA[x]!) {
        bestA[x] = similarity;
        weightA[x] = b.weights[j]!;
      }
      if (similarity > bestB[y]!) {
        bestB[y] = similarity;
        weightB[y] = a.weights[i]!;
      }
    }
  }
  let sum = 0;
  for (let x = 0; x < rowsA.length; x++)
    sum += nearness(bestA[x]!) * a.weights[rowsA[x]!]! * weightA[x]!;
  for (let y = 0; y < rowsB.length; y++)
    sum += nearness(bestB[y]!) * b.weights[rowsB[y]!]! * weightB[y]!;
  return sum / 2;
}
