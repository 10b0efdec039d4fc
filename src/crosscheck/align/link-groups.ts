import type { Claim, ClaimQuantity } from '../claims/claim.js';
import { BARE, figureKey } from './claim-similarity.js';
import { isBareFigure } from '../claims/claim-quantities.js';
import { UnionFind } from './union-find.js';

/** Two claims found to say the same thing, with what each side said of it. */
export interface ClaimLink {
  a: number;
  b: number;
  score: number;
  coreA: Map<string, number>;
  coreB: Map<string, number>;
}

/** Links a claim compares with each other: its strongest (the rest still join at their other end). */
const LINKS_PER_CLAIM = 24;

/** How much two cores of one claim share: the weight they have in common, and its Jaccard. */
function coreOverlap(
  x: Map<string, number>,
  y: Map<string, number>,
): { shared: number; jaccard: number } {
  let min = 0;
  let max = 0;
  for (const [item, weight] of x) {
    const other = y.get(item) ?? 0;
    min += Math.min(weight, other);
    max += Math.max(weight, other);
  }
  for (const [item, weight] of y) if (!x.has(item)) max += weight;
  return { shared: min, jaccard: max > 0 ? min / max : 0 };
}

/**
 * Facts as groups of links rather than of claims: a lead sentence that gives the day a strike
 * began and how many walked out links to one article on the day and another on the number, and
 * belongs to both facts. Two links of one claim are one fact when that claim shares the same
 * words through both (weighted Jaccard of its side of the cores ≥ `sameCore`). Returns each
 * fact's claims; a claim is also a fact of its own when at least `ownShare` of it is in no link.
 * Two groups of links join only when their claims are alike on average (`cohesion`).
 */
export function linkGroups(
  claims: Claim[],
  links: ClaimLink[],
  weights: Map<string, number>,
  {
    sameCore,
    joinWeight,
    ownShare,
    related,
    cohesion,
  }: {
    sameCore: number;
    /** The least word weight the two cores must have in common as well. */
    joinWeight: number;
    ownShare: number;
    /** How alike two claims are in words (0–1). */
    related: (a: number, b: number) => number;
    /** Two link groups join only when their claims are this alike on average. */
    cohesion: number;
  },
): number[][] {
  const sets = new UnionFind(links.length);
  const incident: Array<
    Array<{ link: number; core: Map<string, number>; score: number; other: number }>
  > = claims.map(() => []);
  links.forEach((link, i) => {
    incident[link.a]!.push({ link: i, core: link.coreA, score: link.score, other: link.b });
    incident[link.b]!.push({ link: i, core: link.coreB, score: link.score, other: link.a });
  });
  const joins: Array<{ x: number; y: number; strength: number }> = [];
  for (const list of incident) {
    const strongest = list.sort((x, y) => y.score - x.score).slice(0, LINKS_PER_CLAIM);
    for (let i = 0; i < strongest.length; i++)
      for (let j = i + 1; j < strongest.length; j++) {
        const { shared, jaccard: same } = coreOverlap(strongest[i]!.core, strongest[j]!.core);
        if (same >= sameCore && shared >= joinWeight)
          joins.push({
            x: strongest[i]!.link,
            y: strongest[j]!.link,
            strength: same * Math.min(strongest[i]!.score, strongest[j]!.score),
          });
      }
  }
  // A fact holds one claim of each article: a join that would bring a second claim of an article
  // into a fact chains into something else, and is skipped (strongest joins first).
  const claimOf = links.map((link) => {
    const byArticle = new Map<string, number>([[claims[link.a]!.article, link.a]]);
    if (byArticle.has(claims[link.b]!.article)) return null;
    byArticle.set(claims[link.b]!.article, link.b);
    return byArticle;
  });
  joins.sort((p, q) => q.strength - p.strength || p.x - q.x || p.y - q.y);
  for (const { x, y } of joins) {
    const rx = sets.find(x);
    const ry = sets.find(y);
    if (rx === ry) continue;
    // A chain A–B–C where A and C say nothing alike is two facts, not one: the groups' claims
    // must be alike on average (a bounded sample of each side).
    const mx = claimOf[rx];
    const my = claimOf[ry];
    if (!mx || !my) continue;
    if (averageRelation(mx, my, related) < cohesion) continue;
    const [small, large] = mx.size <= my.size ? [mx, my] : [my, mx];
    let compatible = true;
    for (const [article, claim] of small) {
      const other = large.get(article);
      if (other !== undefined && other !== claim) compatible = false;
    }
    if (!compatible) continue;
    const root = sets.union(rx, ry);
    for (const [article, claim] of small) large.set(article, claim);
    claimOf[root] = large;
  }
  const groups = new Map<number, Set<number>>();
  links.forEach((link, i) => {
    const root = sets.find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = new Set()));
    group.add(link.a);
    group.add(link.b);
  });
  // Two link groups over the same claims are one fact.
  const distinct = new Map<string, number[]>();
  for (const group of groups.values()) {
    const members = [...group].sort((x, y) => x - y);
    distinct.set(members.join(' '), members);
  }
  const result = [...distinct.values()];
  for (const claim of claims) {
    if (claim.superseded) continue;
    // A copy of the claim in another of its source's articles confirms none of it, but what
    // confirms the copy confirms it.
    const copies = [
      claim.index,
      ...incident[claim.index]!.filter((link) => claims[link.other]!.source === claim.source).map(
        (link) => link.other,
      ),
    ];
    const confirming = copies.flatMap((copy) =>
      incident[copy]!.filter((link) => claims[link.other]!.source !== claim.source),
    );
    if (confirming.length === 0 || unconfirmedShare(claim, confirming, weights) >= ownShare)
      result.push([claim.index]);
  }
  return result;
}

/** Claims of each side compared when two groups may join. */
const COHESION_SAMPLE = 6;

/** The mean relation between claims of two groups (of different articles), over a sample. */
function averageRelation(
  x: Map<string, number>,
  y: Map<string, number>,
  related: (a: number, b: number) => number,
): number {
  const side = (m: Map<string, number>) => [...m.entries()].slice(0, COHESION_SAMPLE);
  let sum = 0;
  let pairs = 0;
  for (const [articleX, a] of side(x))
    for (const [articleY, b] of side(y)) {
      if (articleX === articleY) continue;
      sum += related(a, b);
      pairs++;
    }
  return pairs ? sum / pairs : 1;
}

/** Whether a link agrees on this figure, or disputes it (a conflict tells it). */
function figureConfirmed(
  quantity: ClaimQuantity,
  links: Array<{ core: Map<string, number> }>,
): boolean {
  // A bare figure ("puts it at 350") is keyed as one on both sides of the link that gives it.
  const bare = figureKey(BARE, quantity.value);
  return links.some(
    (link) =>
      link.core.has(bare) ||
      quantity.unitWords.some(
        (unit) => link.core.has(figureKey(unit, quantity.value)) || link.core.has(`figure:${unit}`),
      ),
  );
}

/**
 * How much of a claim (by word weight) none of its links shares with another article: a sentence
 * that gives a corroborated day and an unconfirmed figure is also a single-source fact. A figure
 * no link confirms is all of it: what a reader checks first of "will not accept less than 7
 * percent, down from 9" is the 7.
 */
function unconfirmedShare(
  claim: Claim,
  links: Array<{ core: Map<string, number> }>,
  weights: Map<string, number>,
): number {
  const isFigure = (quantity: ClaimQuantity) => quantity.unit !== null || isBareFigure(quantity);
  if (claim.quantities.some((quantity) => isFigure(quantity) && !figureConfirmed(quantity, links)))
    return 1;
  let total = 0;
  let unconfirmed = 0;
  for (const word of claim.words) {
    const weight = weights.get(word)! ** 2;
    total += weight;
    if (!links.some((link) => link.core.has(word))) unconfirmed += weight;
  }
  return total > 0 ? unconfirmed / total : 0;
}
