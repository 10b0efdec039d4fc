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
  const oneWay = (from: SoftWords, to: SoftWords, toWords: ReadonlySet<string>) => {
    let sum = 0;
    for (let i = 0; i < from.rows.length; i++) {
      if (toWords.has(from.words[i]!)) continue;
      let best = 0;
      let bestWeight = 0;
      for (let j = 0; j < to.rows.length; j++) {
        const similarity = vectors.rowSimilarity(from.rows[i]!, to.rows[j]!);
        if (similarity > best) {
          best = similarity;
          bestWeight = to.weights[j]!;
        }
      }
      sum += nearness(best) * from.weights[i]! * bestWeight;
    }
    return sum;
  };
  return (oneWay(a, b, exactB) + oneWay(b, a, exactA)) / 2;
}
