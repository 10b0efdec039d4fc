import type { Claim } from './claim.js';

/** A claim's words and figures as they read, without case, punctuation or spacing. */
const wordingKey = (claim: Claim) =>
  claim.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Claims worded exactly alike in several articles (a wire story and its copies) are aligned once:
 * `primaries` are the first of each wording, renumbered from 0; `expand` puts every echo back
 * beside its primary in groups of primaries' numbers, giving groups of the original claims.
 */
export function foldEchoes(claims: Claim[]): {
  primaries: Claim[];
  expand: (groups: number[][]) => number[][];
  /** The number of the primary each claim echoes (its own when it is one). */
  primaryOf: Int32Array;
} {
  const primaryOf = new Map<string, number>();
  const primaries: Claim[] = [];
  const members: number[][] = [];
  for (const claim of claims) {
    const key = wordingKey(claim);
    const known = key ? primaryOf.get(key) : undefined;
    if (known !== undefined) {
      members[known]!.push(claim.index);
      continue;
    }
    if (key) primaryOf.set(key, primaries.length);
    members.push([claim.index]);
    primaries.push({ ...claim, index: primaries.length });
  }
  const echoed = new Int32Array(claims.length);
  members.forEach((list, primary) => {
    for (const index of list) echoed[index] = primary;
  });
  return {
    primaries,
    expand: (groups) => groups.map((group) => group.flatMap((primary) => members[primary]!)),
    primaryOf: echoed,
  };
}
