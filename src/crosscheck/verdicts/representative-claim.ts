import type { Claim } from '../claims/claim.js';

/** A claim's wording as a reader compares it: copies of one sentence read alike. */
export const wordingKey = (claim: Claim) =>
  claim.text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Longest wording a fact's text may take before a shorter one is preferred. */
const MAX_WORDS = 45;

/**
 * The claim that words a group best: the one sharing most words with the others (the group's
 * centre), shorter ones first on a tie, overlong sentences last, and one not yet wording another
 * fact when there is one (so that two facts never read alike).
 */
export function representativeClaim(
  claims: Claim[],
  taken: (wording: string) => boolean = () => false,
): Claim {
  if (claims.length === 1) return claims[0]!;
  const frequency = new Map<string, number>();
  for (const claim of claims)
    for (const word of claim.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const centrality = (claim: Claim) => {
    let sum = 0;
    for (const word of claim.words) sum += frequency.get(word)! - 1;
    const long = claim.text.split(/\s+/).length > MAX_WORDS ? 0.5 : 1;
    return (long * sum) / Math.sqrt(claim.words.length || 1);
  };
  // A claim already wording another fact words this one only when every claim does.
  const fresh = claims.filter((claim) => !taken(wordingKey(claim)));
  const choices = fresh.length ? fresh : claims;
  let best = choices[0]!;
  let bestScore = centrality(best);
  for (const claim of choices.slice(1)) {
    const score = centrality(claim);
    if (score > bestScore || (score === bestScore && claim.text.length < best.text.length)) {
      best = claim;
      bestScore = score;
    }
  }
  return best;
}
