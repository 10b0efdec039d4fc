import type { Claim } from '../claims/claim.js';
import { UnionFind } from '../align/union-find.js';
import type { WordVectors } from '../align/word-vectors.js';
import { agreeOnVersion, conflictVersions, sameVersion, type Version } from './versions.js';

/**
 * One conflict per thing: link groups that disagree on the same figure, two of their sides
 * alike (the same claims, or one the same claims and the other the same value) — "1,200 dock
 * workers" against "1,500 workers", reached through the lead and again through a later
 * paragraph — become one group, so the conflict is told once. Returns the groups and which of
 * them disagree (the others were found to agree, and need not be compared again).
 */
export function mergeConflicts(
  claims: Claim[],
  groups: number[][],
  vectors: WordVectors | null,
): { groups: number[][]; disputed: ReadonlySet<number[]> } {
  const conflicts: Array<{ group: number; sides: Side[] }> = [];
  groups.forEach((group, i) => {
    if (group.length < 2 || !mayDisagree(group, claims)) return;
    const versions = conflictVersions(
      group.map((index) => claims[index]!),
      vectors,
    );
    if (versions)
      conflicts.push({
        group: i,
        sides: versions.map((version) => ({
          version,
          claims: new Set(version.claims.map((claim) => claim.index)),
        })),
      });
  });
  if (conflicts.length === 0) return { groups, disputed: new Set() };
  // Two conflicts can be one only when they share a claim: only those are compared.
  const byClaim = new Map<number, number[]>();
  conflicts.forEach(({ sides }, x) => {
    for (const side of sides)
      for (const claim of side.claims) {
        const list = byClaim.get(claim);
        if (list) list.push(x);
        else byClaim.set(claim, [x]);
      }
  });
  const sets = new UnionFind(conflicts.length);
  const compared = new Set<number>();
  conflicts.forEach(({ sides }, x) => {
    compared.clear();
    for (const side of sides)
      for (const claim of side.claims)
        for (const y of byClaim.get(claim)!) {
          if (y <= x || compared.has(y)) continue;
          compared.add(y);
          if (sameConflict(sides, conflicts[y]!.sides)) sets.union(x, y);
        }
  });
  // A conflict is told by the claims of its sides; the rest of its link groups, aligned on other
  // words, stay facts of their own where no other fact holds them.
  const merged = new Map<number, { members: Set<number>; kinds: Set<Version['kind']> }>();
  conflicts.forEach(({ sides }, x) => {
    const root = sets.find(x);
    const conflict = merged.get(root) ?? { members: new Set<number>(), kinds: new Set() };
    for (const side of sides) {
      conflict.kinds.add(side.version.kind);
      for (const index of side.claims) conflict.members.add(index);
    }
    merged.set(root, conflict);
  });
  const inConflict = new Set(conflicts.map(({ group }) => group));
  const kept = groups.filter((_, i) => !inConflict.has(i));
  const groupsOf = groupsByClaim(groups);
  const conflictGroups = [...merged.values()].map(({ members, kinds }) =>
    [...widen(members, kinds, claims, groups, groupsOf, vectors)].sort((a, b) => a - b),
  );
  const told = new Set([...kept, ...conflictGroups].flat());
  const leftOver = new Set<number>();
  for (const i of inConflict)
    for (const index of groups[i]!) if (!told.has(index)) leftOver.add(index);
  return {
    groups: [...kept, ...conflictGroups, ...[...leftOver].map((index) => [index])],
    disputed: new Set(conflictGroups),
  };
}

/**
 * Whether two claims of a group give something a conflict can be about: figures, places, days
 * or times of once-only happenings.
 */
function mayDisagree(group: number[], claims: Claim[]): boolean {
  let figures = 0;
  let places = 0;
  let days = 0;
  for (const index of group) {
    const claim = claims[index]!;
    if (claim.quantities.length && ++figures >= 2) return true;
    if (claim.destinations.length && ++places >= 2) return true;
    if (claim.datedEvent && ++days >= 2) return true;
  }
  return false;
}

interface Side {
  version: Version;
  claims: Set<number>;
}

const sameClaims = (x: Side, y: Side) => [...x.claims].some((claim) => y.claims.has(claim));
const sameValue = (x: Side, y: Side) => sameVersion(x.version, y.version);

/** Two conflicts with a side of the same claims and another of the same claims or value. */
function sameConflict(x: Side[], y: Side[]): boolean {
  for (const [i, a] of x.entries())
    for (const [j, b] of y.entries()) {
      if (!sameClaims(a, b)) continue;
      const rest = y.filter((_, k) => k !== j);
      if (x.some((c, k) => k !== i && rest.some((d) => sameClaims(c, d) || sameValue(c, d))))
        return true;
    }
  return false;
}

/** Claims on either side of a conflict's claim in its article that may give a version too. */
const NEIGHBOURS = 3;

function groupsByClaim(groups: number[][]): Map<number, number[]> {
  const byClaim = new Map<number, number[]>();
  groups.forEach((group, i) => {
    for (const claim of group) {
      const list = byClaim.get(claim);
      if (list) list.push(i);
      else byClaim.set(claim, [i]);
    }
  });
  return byClaim;
}

/**
 * A conflict with every report of each side: a claim aligned with one of the conflict's claims
 * elsewhere in the story ("a strike by about 1,200 dock workers" with "About 1,200 dock workers
 * walked off the job"), or next to one in its article, joins it when it gives one side's figure
 * of the same thing (or place, day or time: what the conflict is about, in `kinds`).
 */
function widen(
  members: Set<number>,
  kinds: ReadonlySet<Version['kind']>,
  claims: Claim[],
  groups: number[][],
  groupsOf: Map<number, number[]>,
  vectors: WordVectors | null,
): Set<number> {
  const candidates = new Set<number>();
  for (const member of members) {
    for (const group of groupsOf.get(member) ?? [])
      for (const other of groups[group]!) candidates.add(other);
    // A report that gives both versions gives them close together ("the union says 1,500 …
    // operators gave a lower figure of about 1,200").
    for (let other = member - NEIGHBOURS; other <= member + NEIGHBOURS; other++)
      if (other >= 0 && other < claims.length && claims[other]!.article === claims[member]!.article)
        candidates.add(other);
  }
  const wide = new Set(members);
  const sides = [...members].map((member) => claims[member]!);
  for (const other of candidates) {
    const claim = claims[other]!;
    // Only a claim that gives a figure, a place, a day or a time can say what a side says.
    if (
      members.has(other) ||
      !(claim.quantities.length || claim.destinations.length || claim.datedEvent)
    )
      continue;
    if (sides.some((side) => agreeOnVersion(claim, side, vectors, kinds))) wide.add(other);
  }
  return wide;
}
