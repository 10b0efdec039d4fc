import type { Claim } from '../claims/claim.js';
import { UnionFind } from './union-find.js';

export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/**
 * Groups claims that say the same thing, strongest links first. Two groups join only when they
 * hold no claim of the same article: a report states a fact once, so a second claim of the same
 * article in the group means the link chained into something else. A lone claim may still join
 * a group holding its article on a very strong link (a lead repeated in the body).
 */
export function groupClaims(claims: Claim[], links: ScoredPair[], repeatScore: number): number[][] {
  const sets = new UnionFind(claims.length);
  const articles = claims.map((claim) => new Set([claim.article]));
  const sizes = claims.map(() => 1);
  for (const { a, b, score } of [...links].sort(
    (x, y) => y.score - x.score || x.a - y.a || x.b - y.b,
  )) {
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra === rb) continue;
    const [small, large] = articles[ra]!.size <= articles[rb]!.size ? [ra, rb] : [rb, ra];
    let disjoint = true;
    for (const article of articles[small]!) if (articles[large]!.has(article)) disjoint = false;
    if (!disjoint && !(Math.min(sizes[ra]!, sizes[rb]!) === 1 && score >= repeatScore)) continue;
    const root = sets.union(ra, rb);
    const other = root === ra ? rb : ra;
    for (const article of articles[other]!) articles[root]!.add(article);
    sizes[root] = sizes[ra]! + sizes[rb]!;
  }
  const groups = new Map<number, number[]>();
  for (const claim of claims) {
    const root = sets.find(claim.index);
    const group = groups.get(root);
    if (group) group.push(claim.index);
    else groups.set(root, [claim.index]);
  }
  return [...groups.values()];
}
