import type { Claim } from '../claims/claim.js';

/** Words a claim looks up: its rarest ones. */
const KEYS_PER_CLAIM = 8;
/** The most recent claims kept under one word. */
const LIST_CAP = 32;

/**
 * Pairs of claims of different articles worth comparing: claims that share a word that is among
 * the rarest of either. Each claim meets the latest claims filed under its words, looking up its
 * rarest words among all words of earlier claims and all its words among the rarest of earlier
 * claims, so the pairs do not depend on which came first. Lists are bounded, so the cost grows
 * with the story's size, not its square; claims that say the same thing in many articles still
 * meet, each the latest few, which is all that grouping needs.
 */
export function candidatePairs(
  claims: Claim[],
  weights: Map<string, number>,
): Array<[number, number]> {
  const byWord = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const pairs: Array<[number, number]> = [];
  const seen = new Set<number>();
  const file = (lists: Map<string, number[]>, word: string, index: number) => {
    const list = lists.get(word);
    if (!list) lists.set(word, [index]);
    else {
      list.push(index);
      if (list.length > LIST_CAP) list.shift();
    }
  };
  for (const claim of claims) {
    const keys = [...claim.words]
      .sort((a, b) => weights.get(b)! - weights.get(a)! || (a < b ? -1 : 1))
      .slice(0, KEYS_PER_CLAIM);
    seen.clear();
    const meet = (others: number[] | undefined) => {
      for (const other of others ?? []) {
        if (seen.has(other) || claims[other]!.article === claim.article) continue;
        seen.add(other);
        pairs.push([other, claim.index]);
      }
    };
    for (const key of keys) meet(byWord.get(key));
    for (const word of claim.words) meet(byKey.get(word));
    for (const word of claim.words) file(byWord, word, claim.index);
    for (const key of keys) file(byKey, key, claim.index);
  }
  return pairs;
}
