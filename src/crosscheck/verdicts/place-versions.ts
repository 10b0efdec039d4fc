import { NEAR_SYNONYM } from '../align/soft-words.js';
import type { WordVectors } from '../align/word-vectors.js';
import type { Claim } from '../claims/claim.js';

/** Claims that say the same thing went to the same place: one side of a conflict. */
export interface PlaceVersion {
  kind: 'place';
  key: string;
  claims: Claim[];
  /** The words of the first claim that say so ("travelled on to Coimbra"). */
  text: string;
}

/** Two place keys for one place ("@lisbon" and "@port of lisbon"). */
export const samePlace = (x: string, y: string) => x.includes(y.slice(1)) || y.includes(x.slice(1));

/** Two verbs of going that say alike ("returned" / "travelled"). */
function sameGoing(x: string | null, y: string | null, vectors: WordVectors | null): boolean {
  if (!x || !y) return false;
  return x === y || (vectors !== null && vectors.similarity(x, y) >= NEAR_SYNONYM);
}

/**
 * Whether two claims send one happening to different places ("Sarmento returned to Lisbon" /
 * "Sarmento travelled on to Coimbra"): each names where it went with a verb of going that says
 * alike, no place of one is a place of the other, and they share a word or name besides.
 */
export function disagreeOnPlace(a: Claim, b: Claim, vectors: WordVectors | null): boolean {
  if (a.destinations.length === 0 || b.destinations.length === 0) return false;
  let going = false;
  for (const x of a.destinations)
    for (const y of b.destinations) {
      if (samePlace(x.key, y.key)) return false;
      if (sameGoing(x.verb, y.verb, vectors)) going = true;
    }
  if (!going) return false;
  const places = new Set([...a.destinations, ...b.destinations].map((place) => place.key));
  const verbs = new Set([...a.destinations, ...b.destinations].map((place) => place.verb));
  return a.words.some((word) => !places.has(word) && !verbs.has(word) && b.words.includes(word));
}

/**
 * Where a fact's claims send one happening to different places: a version per place, each with
 * the claims that name it, when two of them disagree (`disagreeOnPlace`); null otherwise.
 */
export function placeVersions(claims: Claim[], vectors: WordVectors | null): PlaceVersion[] | null {
  const going = claims.filter((claim) => claim.destinations.length > 0);
  if (going.length < 2) return null;
  const sides: PlaceVersion[] = [];
  for (const claim of going) {
    const place = claim.destinations[0]!;
    const side = sides.find((s) => samePlace(s.key, place.key));
    if (side) side.claims.push(claim);
    else sides.push({ kind: 'place', key: place.key, claims: [claim], text: place.phrase });
  }
  if (sides.length < 2) return null;
  const disputed = sides.filter((side) =>
    sides.some(
      (other) =>
        other !== side &&
        side.claims.some((a) => other.claims.some((b) => disagreeOnPlace(a, b, vectors))),
    ),
  );
  return disputed.length >= 2 ? disputed : null;
}

/** Whether `a` sends the happening `b` tells of to one of `b`'s places, with a verb alike. */
export function agreeOnPlace(a: Claim, b: Claim, vectors: WordVectors | null): boolean {
  return a.destinations.some((x) =>
    b.destinations.some((y) => samePlace(x.key, y.key) && sameGoing(x.verb, y.verb, vectors)),
  );
}
