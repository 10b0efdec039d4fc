import type { CopyKind } from './copy-link.js';

/** What the index keeps about an article whose fingerprints are in the LSH buckets. */
export interface IndexedArticle {
  id: string;
  /** Milliseconds since the epoch, or null when unknown. */
  published: number | null;
  outlet: string | null;
  /** The news agency its credit line or dateline names, if any. */
  agency: string | null;
  /** Distinct shingles of its main text. */
  shingles: number;
}

/** One fingerprinted text: an article's main text (part 0) or an earlier version it keeps (1…). */
export interface Fingerprint {
  article: string;
  part: number;
  shingles: number;
  signature: Uint32Array;
}

/** How an article joined its group, from the pair that joined it. */
export interface Relation {
  kind: CopyKind;
  similarity: number;
  /** The article it was compared with. */
  matched: string;
}

/** Every article added: small and fixed in size, so a burst of duplicates costs little memory. */
export interface Member {
  /** The next article towards the group's root (union-find); null for a root. */
  parent: string | null;
  /** Null for a group's original and for an article no other matched. */
  relation: Relation | null;
}

/** A group of copies and versions of one piece of reporting, kept at its root. */
export interface Group {
  /** The earliest article: by publication time, then the shorter text, then the id. */
  original: string;
  originalPublished: number | null;
  originalShingles: number;
  originalOutlet: string | null;
  /** The agency a member's credit names (a credit line beats a dateline tag). */
  agency: string | null;
  agencyFromCredit: boolean;
  size: number;
}

/**
 * The state of copy detection. The in-memory implementation serves tests, scripts and single
 * runs; an archive can implement the same calls over tables (articles, fingerprints, buckets,
 * members, groups). Every call touches a bounded number of rows.
 */
export interface CopyState {
  member(id: string): Member | undefined;
  putMember(id: string, member: Member): void;

  group(root: string): Group | undefined;
  putGroup(root: string, group: Group): void;
  deleteGroup(root: string): void;

  indexedArticle(id: string): IndexedArticle | undefined;
  putIndexedArticle(article: IndexedArticle): void;

  /** Stores a fingerprint and returns its entry number. */
  addFingerprint(fingerprint: Fingerprint): number;
  fingerprint(entry: number): Fingerprint | undefined;

  /** The entries in one bucket of one band, oldest first. */
  bucket(band: number, key: number): readonly number[];
  /** Adds an entry to a bucket, dropping the oldest when it holds `cap` already. */
  addToBucket(band: number, key: number, entry: number, cap: number): void;

  /** Every article with a relation, in no particular order. */
  related(): Iterable<string>;
  /** Counts, for reports: articles added, fingerprints held, non-empty buckets. */
  stats(): { members: number; fingerprints: number; buckets: number };
}
