import { otherPeople, type Claim, type ClaimQuantity } from '../claims/claim.js';
import { isBareFigure } from '../claims/claim-quantities.js';
import { sameFigure } from '../align/claim-similarity.js';
import { UnionFind } from '../align/union-find.js';

/** Claims that agree on a figure: one side of a conflict. */
export interface FigureVersion {
  kind: 'figure';
  unit: string;
  claims: Claim[];
  /** The figure as the first of its claims words it ("about 1,200 dock workers"). */
  text: string;
  figure: ClaimQuantity;
}

/** A figure of a claim with the words of what it counts. */
interface Figure {
  claim: Claim;
  quantity: ClaimQuantity;
  units: string[];
}

/**
 * The figures of a claim with what they count. A bare number counts a unit that the claim names
 * elsewhere ("12 of its 24 crew", "raised the number of injured crew to 15"), one of `units`.
 */
function figuresOf(claim: Claim, units: ReadonlySet<string>): Figure[] {
  return claim.quantities.flatMap((quantity) => {
    // Only a unit named beside the number: in "Holm, 37, thanked the court that spared his
    // life", 37 counts no life sentences.
    const own = quantity.unitWords.length
      ? quantity.unitWords
      : quantity.context.filter((word) => units.has(word));
    return own.length ? [{ claim, quantity, units: own }] : [];
  });
}

/** Words that make a figure one someone asks for or puts forward, not one that came about. */
const POSITIONS = new Set(['want', 'seek', 'demand', 'ask', 'offer', 'request', 'urge', 'insist']);

const isPosition = (q: ClaimQuantity) => q.context.some((word) => POSITIONS.has(word));

/**
 * Whether what is said of two figures can be one thing: a verb said of one is a word said of the
 * other ("walked out" / "joined the walkout"), or either has none. An offer of 3.5 percent and a
 * demand of 9 percent are two positions, not two versions of one.
 */
function sameRole(q: ClaimQuantity, r: ClaimQuantity): boolean {
  // What one side asks for is no version of what happened: "the union wants 9 percent" and "an
  // agreement that raises wages by 6 percent".
  if (isPosition(q) !== isPosition(r)) return false;
  if (q.roles.length === 0 || r.roles.length === 0) return true;
  return (
    q.roles.some((role) => r.context.includes(role)) ||
    r.roles.some((role) => q.context.includes(role))
  );
}

/** A word said around a figure that is not a word of a name. */
const saidOf = (figure: Figure, word: string) =>
  figure.quantity.context.includes(word) && !figure.claim.nameWords.includes(word);

/** A claim's words and the words of its names. */
const namesOf = (claim: Claim) => [...claim.words, ...claim.nameWords];

/**
 * Figures of two different persons or bodies, each named before its figure and neither named in
 * the other's claim: "Saltmere's shares jumped 27 percent" and "Corvel's shares fell 3 percent".
 */
function otherOwner(f: Figure, g: Figure): boolean {
  const a = f.quantity.owner;
  const b = g.quantity.owner;
  return (
    a !== null &&
    b !== null &&
    a !== b &&
    !namesOf(g.claim).includes(a) &&
    !namesOf(f.claim).includes(b)
  );
}

/** What a figure counts above all: its unit's head, or the last word of what it counts. */
const headOf = (figure: Figure) => figure.quantity.unit ?? figure.units[figure.units.length - 1];

/**
 * Two figures that count the same thing: a unit word in common and a word said around both
 * ("injuring 12 crew" / "15 crew were injured"; not "24 crew on board" / "12 crew injured").
 * Claims of the news and of the background never meet here: they are never aligned.
 */
function sameThing(f: Figure, g: Figure): string | null {
  // "Kessler added 16 points" and "Marne had 14 points" count two players' points.
  if (otherPeople(f.claim, g.claim)) return null;
  if (otherOwner(f, g)) return null;
  // "Three people also died in a strike on another school" counts more dead, not fewer.
  if (f.quantity.further !== g.quantity.further) return null;
  // "Will employ 13,200" is what is planned, no version of how many it employs.
  if (f.quantity.expected !== g.quantity.expected) return null;
  // "Missed 10 of the team's 16 games" gives no version of "missed 10 games".
  if (f.quantity.whole !== g.quantity.whole) return null;
  // "No injuries were reported" counts what "two officers were treated for minor injuries" is
  // said of, not the officers.
  const [none, other] = f.quantity.none ? [f, g] : [g, f];
  if (none.quantity.none && !other.quantity.none && saidOf(other, none.units[0]!))
    return none.units[0]!;
  // A name beside both says whose the figures are, not what they count: "Kessler needed nine
  // points" and "Kessler finished with 20 points" count two things.
  if (!f.quantity.context.some((word) => saidOf(f, word) && saidOf(g, word))) return null;
  if (!sameRole(f.quantity, g.quantity)) return null;
  // A word both units share counts one thing when it is what one of them counts: "crew members"
  // and "injured crew" both count crew; "three young men" and "seven young children" do not.
  return (
    f.units.find((unit) => g.units.includes(unit) && (unit === headOf(f) || unit === headOf(g))) ??
    null
  );
}

const unitsOf = (claims: Claim[]) =>
  new Set(claims.flatMap((claim) => claim.quantities.flatMap((q) => q.unitWords)));

/**
 * Whether `a` gives `b`'s figure of the same thing. A claim aligned with `b` may give it as a
 * bare number ("a lower figure of about 1,200") when the number is large enough to be that one.
 */
export function agreeOnFigure(a: Claim, b: Claim): boolean {
  const units = unitsOf([a, b]);
  const theirs = figuresOf(b, units);
  if (
    figuresOf(a, units).some((f) =>
      theirs.some((g) => sameThing(f, g) !== null && sameFigure(f.quantity, g.quantity)),
    )
  )
    return true;
  return bareNumbers(a).some((bare) => theirs.some((g) => sameFigure(bare, g.quantity)));
}

const bareNumbers = (claim: Claim) => claim.quantities.filter(isBareFigure);

/** Claims that give one version's figure as a bare number join that version. */
function withBareNumbers(versions: FigureVersion[], claims: Claim[]): FigureVersion[] {
  const placed = new Set(versions.flatMap((version) => version.claims));
  for (const claim of claims) {
    if (placed.has(claim)) continue;
    const bare = bareNumbers(claim);
    const matching = versions.filter((version) =>
      bare.some((quantity) => sameFigure(quantity, version.figure)),
    );
    if (matching.length === 1) matching[0]!.claims.push(claim);
  }
  return versions;
}

/**
 * Two claims of reports of different days whose figures are of different days, one of them a
 * running count ("25 people are still missing" a day after "30 were missing"): a later report
 * moves the count on, and neither disputes nor confirms the other.
 */
export const countUpdate = (a: Claim, b: Claim) =>
  (a.runningCount || b.runningCount) &&
  a.reported !== b.reported &&
  a.figureDay !== null &&
  b.figureDay !== null &&
  a.figureDay !== b.figureDay;

/**
 * The unit for which two claims give different figures of the same thing and no common one
 * ("12 injured" against "15 injured"), or null.
 */
export function disagreeingUnit(a: Claim, b: Claim): string | null {
  const units = unitsOf([a, b]);
  const mine = figuresOf(a, units);
  const theirs = figuresOf(b, units);
  let differing: string | null = null;
  for (const f of mine)
    for (const g of theirs) {
      const unit = sameThing(f, g);
      if (!unit) continue;
      if (sameFigure(f.quantity, g.quantity)) return null;
      differing ??= unit;
    }
  return differing;
}

/**
 * Where a fact's claims give figures of the same thing that disagree: figures are grouped by
 * what they count (`sameThing`, transitively), and a group whose figures take two or more values
 * gives a version per value, with the claims that give it. The group with the most claims wins;
 * null when all figures agree.
 */
export function figureVersions(claims: Claim[]): FigureVersion[] | null {
  const units = unitsOf(claims);
  const figures = claims.flatMap((claim) => figuresOf(claim, units));
  if (figures.length < 2) return null;
  const n = figures.length;
  const things = new UnionFind(n);
  const unitOf = new Map<number, string>();
  // Two groups of figures count one thing only when each value of one meets each value of the
  // other in some pair of their figures (one claim, one figure, or one thing counted): "shares
  // rose 27 percent", "a premium of 32 percent" and "shares fell 3 percent" are three things,
  // though 27 meets 32 on shares and 32 meets 3 on nothing but a word.
  const meet = new Uint8Array(n * n);
  const joins: Array<{ i: number; j: number; unit: string }> = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const x = figures[i]!;
      const y = figures[j]!;
      const unit = x.claim === y.claim ? null : sameThing(x, y);
      if (unit) joins.push({ i, j, unit });
      if (unit || x.claim === y.claim || sameFigure(x.quantity, y.quantity))
        meet[i * n + j] = meet[j * n + i] = 1;
    }
  const valuesOf = new Map<number, Map<number, number[]>>(
    figures.map((figure, i) => [i, new Map([[figure.quantity.value, [i]]])]),
  );
  const everyValueMeets = (x: Map<number, number[]>, y: Map<number, number[]>) => {
    for (const xs of x.values())
      for (const ys of y.values())
        if (!xs.some((a) => ys.some((b) => meet[a * n + b] === 1))) return false;
    return true;
  };
  for (const { i, j, unit } of joins) {
    const ri = things.find(i);
    const rj = things.find(j);
    if (ri === rj) continue;
    const vi = valuesOf.get(ri)!;
    const vj = valuesOf.get(rj)!;
    if (!everyValueMeets(vi, vj)) continue;
    const root = things.union(ri, rj);
    const merged = new Map(vi);
    for (const [value, members] of vj)
      merged.set(value, [...(merged.get(value) ?? []), ...members]);
    valuesOf.set(root, merged);
    if (!unitOf.has(root)) unitOf.set(root, unit);
  }
  const byThing = new Map<number, number[]>();
  figures.forEach((_, i) => {
    const root = things.find(i);
    const list = byThing.get(root);
    if (list) list.push(i);
    else byThing.set(root, [i]);
  });

  let best: FigureVersion[] | null = null;
  let bestClaims = 0;
  for (const [root, members] of byThing) {
    if (members.length < 2) continue;
    const values = new UnionFind(members.length);
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++)
        if (sameFigure(figures[members[x]!]!.quantity, figures[members[y]!]!.quantity))
          values.union(x, y);
    const sides = new Map<number, Figure[]>();
    members.forEach((figure, x) => {
      const side = values.find(x);
      const list = sides.get(side);
      if (list) list.push(figures[figure]!);
      else sides.set(side, [figures[figure]!]);
    });
    // A claim that gives two values of one thing ("12 of its 24 crew were injured, two of them
    // seriously") counts several things at once: it witnesses neither side.
    const sidesOf = new Map<Claim, number>();
    for (const side of sides.values())
      for (const claim of new Set(side.map((figure) => figure.claim)))
        sidesOf.set(claim, (sidesOf.get(claim) ?? 0) + 1);
    const clear = [...sides.values()]
      .map((side) => side.filter((figure) => sidesOf.get(figure.claim) === 1))
      .filter((side) => side.length > 0);
    if (clear.length < 2) continue;
    const versions = clear.map((side) => ({
      kind: 'figure' as const,
      unit: unitOf.get(root) ?? side[0]!.units[0]!,
      claims: [...new Set(side.map((figure) => figure.claim))],
      text: side[0]!.quantity.text,
      figure: side[0]!.quantity,
    }));
    // Sides that are each other's updates only tell a count moving on, not a dispute.
    const disputed = clear.some((side, x) =>
      clear.some(
        (other, y) => y > x && side.some((f) => other.some((g) => !countUpdate(f.claim, g.claim))),
      ),
    );
    if (!disputed) continue;
    const claimCount = new Set(clear.flat().map((figure) => figure.claim)).size;
    if (claimCount > bestClaims) {
      best = versions;
      bestClaims = claimCount;
    }
  }
  return best && withBareNumbers(best, claims);
}
