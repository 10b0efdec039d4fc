import { confirmsFigure, sharedUnit } from '../align/claim-similarity.js';
import type { Claim } from '../claims/claim.js';
import { wordingKey } from './representative-claim.js';
import type { Version } from './versions.js';

/**
 * The sides of a story's disputes, by the wording of the claims on each: which sentences give one
 * side of a dispute ("a blaze injured 15 of its 24 crew" where 12 is also reported), and whether
 * another claim gives that same side.
 */
export class DisputeSides {
  private readonly sides: Version[];
  private readonly sidesOf = new Map<string, number[]>();

  constructor(conflicts: ReadonlyArray<readonly Version[] | null>) {
    this.sides = conflicts.flatMap((sides) => sides ?? []);
    this.sides.forEach((side, at) => {
      for (const claim of side.claims) {
        const key = wordingKey(claim);
        const list = this.sidesOf.get(key);
        if (!list) this.sidesOf.set(key, [at]);
        else if (!list.includes(at)) list.push(at);
      }
    });
  }

  /** Whether a sentence worded as `key` gives a side of a dispute. */
  has(key: string): boolean {
    return this.sidesOf.has(key);
  }

  /**
   * Whether `claim` gives a side `wording` gives: it is on that side, or it gives that side's
   * figure ("15 injured" for the side of 15; "24 crew aboard" does not).
   */
  givesSideOf(wording: Claim, claim: Claim): boolean {
    const theirs = this.sidesOf.get(wordingKey(claim)) ?? [];
    return (this.sidesOf.get(wordingKey(wording)) ?? []).some((at) => {
      if (theirs.includes(at)) return true;
      const side = this.sides[at]!;
      return (
        side.kind === 'figure' &&
        claim.quantities.some(
          (quantity) =>
            sharedUnit(quantity, side.figure) !== null && confirmsFigure(quantity, side.figure),
        )
      );
    });
  }
}
