import type { Claim, ClaimQuantity } from '../claims/claim.js';
import { sameFigure } from '../align/claim-similarity.js';
import { UnionFind } from '../align/union-find.js';

/** Claims that agree on a figure: one side of a conflict. */
export interface FigureVersion {
  unit: string;
  claims: Claim[];
  /** The figure as the first of its claims words it ("about 1,200 dock workers"). */
  text: string;
}

/**
 * A claim's figures of a unit. A bare number counts the same when the claim gives the unit
 * elsewhere ("12 of its 24 crew", "raised the number of injured crew to 15") or is said with a
 * word said around a figure of that unit (`contextWords`: "killing 12 people" / "the death toll
 * has risen to 15").
 */
const figuresFor = (claim: Claim, unit: string, contextWords: ReadonlySet<string> = new Set()) => {
  const figures = claim.quantities.filter((quantity) => quantity.unitWords.includes(unit));
  const bareToo = figures.length > 0 || claim.words.includes(unit);
  const bare = claim.quantities.filter(
    (q) => q.unit === null && (bareToo || q.context.some((word) => contextWords.has(word))),
  );
  return [...figures, ...bare];
};

/** Two figures of one unit said of the same thing: a word around them in common ("injured"). */
export const sameCount = (a: ClaimQuantity, b: ClaimQuantity) =>
  a.context.some((word) => b.context.includes(word));

/**
 * The unit for which two claims give figures of the same thing and share none of them ("12
 * injured" against "15 injured"; not "12 injured" against "24 crew on board").
 */
export function disagreeingUnit(a: Claim, b: Claim): string | null {
  return disagreeingUnitOf(a, b) ?? disagreeingUnitOf(b, a);
}

/** `disagreeingUnit` for the units of `a`'s figures. */
function disagreeingUnitOf(a: Claim, b: Claim): string | null {
  for (const q of a.quantities)
    for (const unit of q.unitWords) {
      const theirs = figuresFor(b, unit, new Set(q.context));
      if (theirs.length === 0) continue;
      const mine = figuresFor(a, unit);
      if (mine.some((m) => theirs.some((t) => sameFigure(m, t)))) continue;
      if (mine.some((m) => theirs.some((t) => sameCount(m, t) || t.unit === null))) return unit;
    }
  return null;
}

/**
 * Splits claims by the figure they give for each unit: claims sharing a figure agree. Returns
 * the versions of the unit whose claims fall apart into two or more sides (the one with the most
 * claims when several do), or null when all figures agree.
 */
export function figureVersions(claims: Claim[]): FigureVersion[] | null {
  const units = new Map<string, Claim[]>();
  for (const claim of claims)
    for (const unit of new Set(claim.quantities.flatMap((q) => q.unitWords)))
      if (unit) {
        const holders = units.get(unit);
        if (holders) holders.push(claim);
        else units.set(unit, [claim]);
      }
  let best: FigureVersion[] | null = null;
  let bestClaims = 0;
  for (const [unit, withUnit] of units) {
    const context = new Set(
      withUnit.flatMap((claim) =>
        claim.quantities.filter((q) => q.unitWords.includes(unit)).flatMap((q) => q.context),
      ),
    );
    const holders = claims.filter(
      (claim) => withUnit.includes(claim) || figuresFor(claim, unit, context).length > 0,
    );
    if (holders.length < 2) continue;
    const versions = agreementSides(unit, holders, context);
    if (versions.length < 2) continue;
    if (holders.length > bestClaims) {
      best = versions;
      bestClaims = holders.length;
    }
  }
  return best;
}

function agreementSides(
  unit: string,
  claims: Claim[],
  context: ReadonlySet<string>,
): FigureVersion[] {
  const figures: ClaimQuantity[] = [];
  const owners: number[] = [];
  claims.forEach((claim, i) =>
    figuresFor(claim, unit, context).forEach((q) => {
      figures.push(q);
      owners.push(i);
    }),
  );
  const sides = new UnionFind(claims.length);
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++)
      if (owners[i] !== owners[j] && sameFigure(figures[i]!, figures[j]!))
        sides.union(owners[i]!, owners[j]!);
  const byRoot = new Map<number, Claim[]>();
  claims.forEach((claim, i) => {
    const root = sides.find(i);
    const side = byRoot.get(root);
    if (side) side.push(claim);
    else byRoot.set(root, [claim]);
  });
  const sidesList = [...byRoot.values()];
  const figuresOf = sidesList.map((side) =>
    side.flatMap((claim) => figuresFor(claim, unit, context)),
  );
  // Sides count as versions only when they give their figures for the same thing as another side.
  const opposed = sidesList.map((_, i) =>
    figuresOf.some(
      (other, j) => j !== i && figuresOf[i]!.some((f) => other.some((g) => sameCount(f, g))),
    ),
  );
  return sidesList
    .filter((_, i) => opposed[i])
    .map((side) => ({ unit, claims: side, text: figuresFor(side[0]!, unit, context)[0]!.text }));
}
