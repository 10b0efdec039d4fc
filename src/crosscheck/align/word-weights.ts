import type { Claim } from '../claims/claim.js';

/**
 * Inverse article frequency of each claim word within the story: a word every report of the
 * story uses ("strike" in a strike story) says little about which claims match.
 */
export function wordWeights(claims: Claim[], articles: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [word, set] of articlesByWord(claims))
    weights.set(word, Math.log(1 + articles / set.size));
  return weights;
}

function articlesByWord(claims: Claim[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const claim of claims)
    for (const word of claim.words) {
      const set = seen.get(word);
      if (set) set.add(claim.article);
      else seen.set(word, new Set([claim.article]));
    }
  return seen;
}
