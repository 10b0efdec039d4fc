import type { CopyKind } from './copy-link.js';
import type { CopyOptions } from './copy-options.js';
import { containment } from './minhash.js';

/** What the decision needs to know of one article of a pair. */
export interface PairSide {
  id: string;
  published: number | null;
  outlet: string | null;
  agencyKey: string | null;
  /** Distinct shingles of its main text (orders texts published at the same time). */
  shingles: number;
}

/** Which texts were compared, and how alike they are. */
export interface PairMatch {
  jaccard: number;
  /** Distinct shingles of the two compared texts. */
  sizeA: number;
  sizeB: number;
  /** Whether A's text is an earlier version A keeps below a marker rather than its main text. */
  aIsEarlierVersion: boolean;
}

export interface Decision {
  newer: string;
  older: string;
  kind: CopyKind;
  similarity: number;
  /** The two main texts are near-identical: the newer adds nothing to index. */
  nearDuplicate: boolean;
}

/**
 * Whether `a` comes before `b`: published earlier; at the same time (or both undated) the shorter
 * text, since an update adds to what it updates; then the id, so ties always break one way.
 * An undated article comes after every dated one: it cannot claim to be the original.
 */
export function isEarlier(a: PairSide, b: PairSide): boolean {
  const ta = a.published ?? Number.POSITIVE_INFINITY;
  const tb = b.published ?? Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb;
  if (a.shingles !== b.shingles) return a.shingles < b.shingles;
  return a.id < b.id;
}

const sameOutlet = (a: PairSide, b: PairSide) =>
  a.outlet !== null &&
  b.outlet !== null &&
  a.outlet.trim().toLowerCase() === b.outlet.trim().toLowerCase();

/**
 * Copy, update or neither, for two texts that LSH put side by side.
 *
 * Main text against main text: near-identical means a Jaccard estimate over the copy threshold
 * (a lower bar when both credit the same agency), or each text holding most of the other. The
 * same outlet's near-identical, containing or contained text is an update of it; another
 * outlet's near-identical text is a copy; a text that contains most of an earlier one and adds
 * to it is an update of it; a text mostly contained in an earlier one is a trimmed copy.
 *
 * An earlier version that `a` keeps below a marker and that matches `b` makes `a` an update of
 * `b` (or `b`, if it is the later, a copy of that version).
 */
export function decideRelation(
  a: PairSide,
  b: PairSide,
  match: PairMatch,
  options: CopyOptions,
): Decision | null {
  const { jaccard } = match;
  const aFirst = isEarlier(a, b);
  const [newer, older] = aFirst ? [b, a] : [a, b];
  const result = (kind: CopyKind, similarity: number, nearDuplicate = false): Decision => ({
    newer: newer.id,
    older: older.id,
    kind,
    similarity: round(similarity),
    nearDuplicate,
  });

  if (match.aIsEarlierVersion) {
    // How much of b's text the version a keeps holds.
    const kept = containment(jaccard, match.sizeB, match.sizeA);
    if (jaccard < options.copyThreshold && kept < options.containThreshold) return null;
    return aFirst ? result('copy', jaccard) : result('update', kept);
  }

  const [newerSize, olderSize] = aFirst ? [match.sizeB, match.sizeA] : [match.sizeA, match.sizeB];
  const olderKept = containment(jaccard, olderSize, newerSize);
  const newerKept = containment(jaccard, newerSize, olderSize);
  const sharedAgency = a.agencyKey !== null && a.agencyKey === b.agencyKey;
  const contains = olderKept >= options.containThreshold;
  const contained = newerKept >= options.containThreshold;
  // Each holding most of the other: nothing was added, whatever the Jaccard estimate says.
  const nearIdentical =
    jaccard >= options.copyThreshold ||
    (sharedAgency && jaccard >= options.agencyCopyThreshold) ||
    (contains && contained);

  if (sameOutlet(a, b)) {
    if (nearIdentical) return result('update', Math.max(olderKept, newerKept), true);
    if (contains) return result('update', olderKept);
    if (contained) return result('update', newerKept, true);
    return null;
  }
  if (nearIdentical) return result('copy', jaccard, true);
  if (contains) return result('update', olderKept);
  if (contained) return result('copy', newerKept, true);
  return null;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
