import type { CopyKind } from './copy-link.js';
import type { CopyState, Fingerprint, Group, IndexedArticle, Member } from './copy-state.js';
import { widenColumn } from '../widen-column.js';

/**
 * Copy-detection state in memory: for tests, scripts and runs without an archive. A long run
 * holds an entry for every article and millions of fingerprints and bucket entries, so these live
 * in typed columns (which the garbage collector never scans), one row per article id, rather
 * than in one object or map entry each; the objects of the interface are built when asked for.
 */
export class MemoryCopyState implements CopyState {
  private readonly articles = new ArticleRows();
  private readonly prints = new FingerprintStore();
  private readonly buckets: BucketTable[] = [];
  private bucketCount = 0;
  private memberCount = 0;

  member(id: string): Member | undefined {
    const rows = this.articles;
    const row = rows.row(id);
    if (row === undefined || !(rows.flags[row]! & MEMBER)) return undefined;
    const parent = rows.parent[row]!;
    const kind = (rows.flags[row]! & KIND) as number;
    return {
      parent: parent < 0 ? null : rows.ids[parent]!,
      relation: kind
        ? {
            kind: KINDS[kind]!,
            similarity: rows.similarity[row]!,
            matched: rows.ids[rows.matched[row]!]!,
          }
        : null,
    };
  }

  putMember(id: string, member: Member): void {
    const rows = this.articles;
    const row = rows.add(id);
    if (!(rows.flags[row]! & MEMBER)) this.memberCount++;
    rows.parent[row] = member.parent === null ? -1 : rows.add(member.parent);
    let flags = (rows.flags[row]! & ~(KIND | MEMBER)) | MEMBER;
    if (member.relation) {
      flags |= KIND_CODE[member.relation.kind];
      rows.similarity[row] = member.relation.similarity;
      rows.matched[row] = rows.add(member.relation.matched);
    }
    rows.flags[row] = flags;
  }

  group(root: string): Group | undefined {
    const rows = this.articles;
    const row = rows.row(root);
    if (row === undefined || !(rows.flags[row]! & GROUP)) return undefined;
    return {
      original: rows.ids[rows.original[row]!]!,
      originalPublished: orNull(rows.originalPublished[row]!),
      originalShingles: rows.originalShingles[row]!,
      originalOutlet: rows.originalOutlet[row]!,
      agency: rows.groupAgency[row]!,
      agencyFromCredit: (rows.flags[row]! & FROM_CREDIT) !== 0,
      size: rows.size[row]!,
    };
  }

  putGroup(root: string, group: Group): void {
    const rows = this.articles;
    const row = rows.add(root);
    rows.original[row] = rows.add(group.original);
    rows.originalPublished[row] = group.originalPublished ?? NaN;
    rows.originalShingles[row] = group.originalShingles;
    rows.originalOutlet[row] = group.originalOutlet;
    rows.groupAgency[row] = group.agency;
    rows.size[row] = group.size;
    rows.flags[row] =
      (rows.flags[row]! & ~FROM_CREDIT) | GROUP | (group.agencyFromCredit ? FROM_CREDIT : 0);
  }

  deleteGroup(root: string): void {
    const rows = this.articles;
    const row = rows.row(root);
    if (row === undefined) return;
    rows.flags[row]! &= ~GROUP;
    rows.originalOutlet[row] = null;
    rows.groupAgency[row] = null;
  }

  indexedArticle(id: string): IndexedArticle | undefined {
    const rows = this.articles;
    const row = rows.row(id);
    if (row === undefined || !(rows.flags[row]! & INDEXED)) return undefined;
    return {
      id: rows.ids[row]!,
      published: orNull(rows.published[row]!),
      outlet: rows.outlet[row]!,
      agency: rows.agency[row]!,
      shingles: rows.shingles[row]!,
    };
  }

  putIndexedArticle(article: IndexedArticle): void {
    const rows = this.articles;
    const row = rows.add(article.id);
    rows.published[row] = article.published ?? NaN;
    rows.outlet[row] = article.outlet;
    rows.agency[row] = article.agency;
    rows.shingles[row] = article.shingles;
    rows.flags[row]! |= INDEXED;
  }

  addFingerprint(fingerprint: Fingerprint): number {
    return this.prints.add(fingerprint);
  }

  fingerprint(entry: number): Fingerprint | undefined {
    return this.prints.get(entry);
  }

  bucket(band: number, key: number): readonly number[] {
    return this.buckets[band]?.get(smallKey(key)) ?? NONE;
  }

  addToBucket(band: number, key: number, entry: number, cap: number): void {
    const buckets = (this.buckets[band] ??= new BucketTable());
    if (buckets.add(smallKey(key), entry, cap)) this.bucketCount++;
  }

  *related(): Iterable<string> {
    const rows = this.articles;
    for (let row = 0; row < rows.ids.length; row++)
      if (rows.flags[row]! & MEMBER && rows.flags[row]! & KIND) yield rows.ids[row]!;
  }

  stats(): { members: number; fingerprints: number; buckets: number } {
    return {
      members: this.memberCount,
      fingerprints: this.prints.size,
      buckets: this.bucketCount,
    };
  }
}

// Row flags: the relation's kind (0 none) in the low bits, then what the row holds.
const KIND = 0x03;
const MEMBER = 0x04;
const GROUP = 0x08;
const INDEXED = 0x10;
const FROM_CREDIT = 0x20;
const KINDS: (CopyKind | undefined)[] = [undefined, 'copy', 'update'];
const KIND_CODE: Record<CopyKind, number> = { copy: 1, update: 2 };

/** NaN stands for null in the float columns. */
const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/** One row per article id seen: its member, group (when a root) and indexed-article columns. */
class ArticleRows {
  private readonly rows = new Map<string, number>();
  readonly ids: string[] = [];
  flags: Uint8Array = new Uint8Array(1024);
  parent: Int32Array = new Int32Array(1024);
  similarity: Float64Array = new Float64Array(1024);
  matched: Int32Array = new Int32Array(1024);
  original: Int32Array = new Int32Array(1024);
  originalPublished: Float64Array = new Float64Array(1024);
  originalShingles: Int32Array = new Int32Array(1024);
  size: Int32Array = new Int32Array(1024);
  published: Float64Array = new Float64Array(1024);
  shingles: Int32Array = new Int32Array(1024);
  readonly originalOutlet: (string | null)[] = [];
  readonly groupAgency: (string | null)[] = [];
  readonly outlet: (string | null)[] = [];
  readonly agency: (string | null)[] = [];

  row(id: string): number | undefined {
    return this.rows.get(id);
  }

  /** The id's row, added when new. */
  add(id: string): number {
    let row = this.rows.get(id);
    if (row !== undefined) return row;
    row = this.ids.length;
    if (row === this.flags.length) this.widen();
    this.rows.set(id, row);
    this.ids.push(id);
    this.originalOutlet.push(null);
    this.groupAgency.push(null);
    this.outlet.push(null);
    this.agency.push(null);
    return row;
  }

  private widen(): void {
    this.flags = widenColumn(this.flags);
    this.parent = widenColumn(this.parent);
    this.similarity = widenColumn(this.similarity);
    this.matched = widenColumn(this.matched);
    this.original = widenColumn(this.original);
    this.originalPublished = widenColumn(this.originalPublished);
    this.originalShingles = widenColumn(this.originalShingles);
    this.size = widenColumn(this.size);
    this.published = widenColumn(this.published);
    this.shingles = widenColumn(this.shingles);
  }
}

const NONE: readonly number[] = Object.freeze([]);

// 30 bits keep keys small non-negative integers; the rare collision only adds a candidate that
// the comparison turns down.
const smallKey = (key: number) => key & 0x3fffffff;

/**
 * The buckets of one band: an open-addressing table from a key to its entries. A bucket of one
 * entry (most never get a second) is the entry itself in the table; a longer one is a list.
 */
class BucketTable {
  private keys: Int32Array = new Int32Array(64).fill(-1);
  /** The entry (≥ 0), or −1 − the index of the bucket's list. */
  private values: Int32Array = new Int32Array(64);
  private readonly lists: number[][] = [];
  private used = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[at] !== -1 && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  get(key: number): readonly number[] | undefined {
    const at = this.slot(key);
    if (this.keys[at] === -1) return undefined;
    const value = this.values[at]!;
    return value >= 0 ? [value] : this.lists[-1 - value];
  }

  /** Adds an entry to a key's bucket (oldest dropped past `cap`); true when the bucket is new. */
  add(key: number, entry: number, cap: number): boolean {
    let at = this.slot(key);
    if (this.keys[at] === -1) {
      if (2 * (this.used + 1) > this.keys.length) {
        this.grow();
        at = this.slot(key);
      }
      this.keys[at] = key;
      this.values[at] = entry;
      this.used++;
      return true;
    }
    const value = this.values[at]!;
    if (value >= 0) {
      if (value !== entry) {
        if (cap > 1) {
          this.values[at] = -1 - this.lists.length;
          this.lists.push([value, entry]);
        } else this.values[at] = entry;
      }
      return false;
    }
    const bucket = this.lists[-1 - value]!;
    if (!bucket.includes(entry)) {
      if (bucket.length >= cap) bucket.shift();
      bucket.push(entry);
    }
    return false;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const at = this.slot(keys[i]!);
      this.keys[at] = keys[i]!;
      this.values[at] = values[i]!;
    }
  }
}

/** Fingerprints in columns; signatures copied into large shared blocks. */
class FingerprintStore {
  private static readonly BLOCK = 1 << 20;
  private articles: string[] = [];
  private parts: Int32Array = new Int32Array(1024);
  private shingles: Int32Array = new Int32Array(1024);
  /** Block and offset of each signature, and its length. */
  private blockOf: Int32Array = new Int32Array(1024);
  private offsetOf: Int32Array = new Int32Array(1024);
  private lengthOf: Int32Array = new Int32Array(1024);
  private readonly blocks: Uint32Array[] = [];
  private fill = FingerprintStore.BLOCK;

  get size(): number {
    return this.articles.length;
  }

  add(fingerprint: Fingerprint): number {
    const entry = this.articles.length;
    if (entry === this.parts.length) {
      this.parts = widenColumn(this.parts);
      this.shingles = widenColumn(this.shingles);
      this.blockOf = widenColumn(this.blockOf);
      this.offsetOf = widenColumn(this.offsetOf);
      this.lengthOf = widenColumn(this.lengthOf);
    }
    const signature = fingerprint.signature;
    const last = this.blocks[this.blocks.length - 1];
    if (this.fill + signature.length > (last?.length ?? 0)) {
      // Blocks double up to a fixed size, so a small index stays small.
      const size = Math.min(FingerprintStore.BLOCK, 2 * (last?.length ?? 2048));
      this.blocks.push(new Uint32Array(Math.max(size, signature.length)));
      this.fill = 0;
    }
    this.blocks[this.blocks.length - 1]!.set(signature, this.fill);
    this.articles.push(fingerprint.article);
    this.parts[entry] = fingerprint.part;
    this.shingles[entry] = fingerprint.shingles;
    this.blockOf[entry] = this.blocks.length - 1;
    this.offsetOf[entry] = this.fill;
    this.lengthOf[entry] = signature.length;
    this.fill += signature.length;
    return entry;
  }

  get(entry: number): Fingerprint | undefined {
    const article = this.articles[entry];
    if (article === undefined) return undefined;
    const offset = this.offsetOf[entry]!;
    return {
      article,
      part: this.parts[entry]!,
      shingles: this.shingles[entry]!,
      signature: this.blocks[this.blockOf[entry]!]!.subarray(
        offset,
        offset + this.lengthOf[entry]!,
      ),
    };
  }
}
