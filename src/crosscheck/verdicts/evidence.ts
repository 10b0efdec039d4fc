import type { Claim } from '../claims/claim.js';
import type { Evidence } from '../cross-check.js';

export const evidenceOf = (claim: Claim): Evidence => ({
  article: claim.article,
  start: claim.start,
  end: claim.end,
  text: claim.text,
});

/** Distinct article ids of claims, in claim order. */
export const articlesOf = (claims: Claim[]) => [...new Set(claims.map((claim) => claim.article))];
