import type { Claim } from '../claims/claim.js';

/** Claims that give a once-only happening the same day: one side of a conflict. */
export interface DateVersion {
  kind: 'date';
  day: string;
  claims: Claim[];
  /** The words of the first claim that give the day ("on Tuesday"). */
  text: string;
}

/**
 * Whether two claims give one once-only happening different days ("the bridge collapsed on
 * Tuesday" / "the bridge collapsed on Monday"): the same verb, each one day, and a word in common
 * besides (what collapsed).
 */
export function disagreeOnDate(a: Claim, b: Claim): boolean {
  const x = a.datedEvent;
  const y = b.datedEvent;
  if (!x?.day || !y?.day || x.verb !== y.verb || x.day === y.day) return false;
  // "Obama overturned another Bush regulation on March 3" tells of another overturning.
  if (x.further || y.further) return false;
  return a.words.some((word) => word !== x.verb && b.words.includes(word));
}

/** Whether `a` gives the happening `b` tells of the same day. */
export function agreeOnDate(a: Claim, b: Claim): boolean {
  const x = a.datedEvent;
  const y = b.datedEvent;
  return !!x?.day && !!y && x.verb === y.verb && x.day === y.day;
}

/** A version per day where a fact's claims give a once-only happening different days; or null. */
export function dateVersions(claims: Claim[]): DateVersion[] | null {
  const sides: DateVersion[] = [];
  for (const claim of claims) {
    const event = claim.datedEvent;
    const day = event?.day;
    if (!day) continue;
    const side = sides.find((s) => s.day === day && s.claims[0]!.datedEvent!.verb === event.verb);
    if (side) side.claims.push(claim);
    else sides.push({ kind: 'date', day, claims: [claim], text: event.text });
  }
  const disputed = sides.filter((side) =>
    sides.some(
      (other) =>
        other !== side && side.claims.some((a) => other.claims.some((b) => disagreeOnDate(a, b))),
    ),
  );
  return disputed.length >= 2 ? disputed : null;
}
