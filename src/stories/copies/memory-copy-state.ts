import type { CopyKind } from './copy-link.js';
import type { CopyState, Fingerprint, Group, IndexedArticle, Member } from './copy-state.js';
import { IntLists } from '../int-lists.js';
import { KeyTable } from '../key-table.js';
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
      parent: parent < 0 ? null : rows.id(parent),
      relation: kind
        ? {
            kind: KINDS[kind]!,
            similarity: rows.similarity[row]!,
            matched: rows.id(rows.matched[row]!),
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
      original: rows.id(rows.original[row]!),
      originalPublished: orNull(rows.originalPublished[row]!),
      originalShingles: rows.originalShingles[row]!,
      originalOutlet: rows.names.name(rows.originalOutlet[row]!),
      agency: rows.names.name(rows.groupAgency[row]!),
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
    rows.originalOutlet[row] = rows.names.code(group.originalOutlet);
    rows.groupAgency[row] = rows.names.code(group.agency);
    rows.size[row] = group.size;
    rows.flags[row] =
      (rows.flags[row]! & ~FROM_CREDIT) | GROUP | (group.agencyFromCredit ? FROM_CREDIT : 0);
  }

  deleteGroup(root: string): void {
    const rows = this.articles;
    const row = rows.row(root);
    if (row === undefined) return;
    rows.flags[row]! &= ~GROUP;
    rows.originalOutlet[row] = 0;
    rows.groupAgency[row] = 0;
  }

  indexedArticle(id: string): IndexedArticle | undefined {
    const rows = this.articles;
    const row = rows.row(id);
    if (row === undefined || !(rows.flags[row]! & INDEXED)) return undefined;
    return {
      id,
      published: orNull(rows.published[row]!),
      outlet: rows.names.name(rows.outlet[row]!),
      agency: rows.names.name(rows.agency[row]!),
      shingles: rows.shingles[row]!,
    };
  }

  putIndexedArticle(article: IndexedArticle): void {
    const rows = this.articles;
    const row = rows.add(article.id);
    rows.published[row] = article.published ?? NaN;
    rows.outlet[row] = rows.names.code(article.outlet);
    rows.agency[row] = rows.names.code(article.agency);
    rows.shingles[row] = article.shingles;
    rows.flags[row]! |= INDEXED;
  }

  addFingerprint(fingerprint: Fingerprint): number {
    return this.prints.add(fingerprint, this.articles.add(fingerprint.article));
  }

  fingerprint(entry: number): Fingerprint | undefined {
    return this.prints.get(entry, this.articles);
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
    for (let row = 0; row < rows.count; row++)
      if (rows.flags[row]! & MEMBER && rows.flags[row]! & KIND) yield rows.id(row);
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

/**
 * Outlet and agency names by code (0 for none): they are few, and a column of codes is one typed
 * array where a column of names would be a million slots for the garbage collector to visit.
 */
class Names {
  private readonly codes = new Map<string, number>();
  private readonly names: (string | null)[] = [null];

  code(name: string | null): number {
    if (name === null) return 0;
    let code = this.codes.get(name);
    if (code === undefined) this.codes.set(name, (code = this.names.push(name) - 1));
    return code;
  }

  name(code: number): string | null {
    return this.names[code]!;
  }
}

/**
 * One row per article id seen: its member, group (when a root) and indexed-article columns. Ids
 * are numbered in a `KeyTable`, so that a million articles are not a million strings and map
 * entries for the garbage collector to mark.
 */
class ArticleRows {
  private readonly keys = new KeyTable();
  readonly names = new Names();
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
  /** Name codes (see `Names`). */
  originalOutlet: Int32Array = new Int32Array(1024);
  groupAgency: Int32Array = new Int32Array(1024);
  outlet: Int32Array = new Int32Array(1024);
  agency: Int32Array = new Int32Array(1024);

  /** Rows so far. */
  get count(): number {
    return this.keys.size;
  }

  row(id: string): number | undefined {
    return this.keys.find(id);
  }

  /** The article id of a row. */
  id(row: number): string {
    return this.keys.key(row);
  }

  /** The id's row, added when new. */
  add(id: string): number {
    const row = this.keys.id(id);
    if (row === this.flags.length) this.widen();
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
    this.originalOutlet = widenColumn(this.originalOutlet);
    this.groupAgency = widenColumn(this.groupAgency);
    this.outlet = widenColumn(this.outlet);
    this.agency = widenColumn(this.agency);
  }
}

const NONE: readonly number[] = Object.freeze([]);

// 30 bits keep keys small non-negative integers; the rare collision only adds a candidate that
// the comparison turns down.
const smallKey = (key: number) => key & 0x3fffffff;

/**
 * The buckets of one band: an open-addressing table from a key to its entries. A bucket of one
 * entry (most never get a second) is the entry itself in the table; a longer one is in
 * `IntLists` (not an array of its own: a long run has millions).
 */
class BucketTable {
  /**
   * Slots of two integers: the key (−1 when free) and its entry (≥ 0) or −1 − the handle of the
   * bucket's list, side by side so that a look-up in a large table is one read from memory.
   */
  private slots: Int32Array = BucketTable.freeSlots(64);
  private readonly lists = new IntLists();
  private used = 0;

  private static freeSlots(count: number): Int32Array {
    const slots = new Int32Array(count * 2);
    for (let at = 0; at < slots.length; at += 2) slots[at] = -1;
    return slots;
  }

  /** Where the key's slot is, or the free one where it would go (an index into `slots`). */
  private slot(key: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    let at = ((Math.imul(key, 0x9e3779b1) >>> 0) & mask) * 2;
    while (slots[at] !== -1 && slots[at] !== key) at = (at + 2) & (mask * 2 + 1);
    return at;
  }

  get(key: number): readonly number[] | undefined {
    const at = this.slot(key);
    if (this.slots[at] === -1) return undefined;
    const value = this.slots[at + 1]!;
    return value >= 0 ? [value] : this.lists.items(-1 - value);
  }

  /** Adds an entry to a key's bucket (oldest dropped past `cap`); true when the bucket is new. */
  add(key: number, entry: number, cap: number): boolean {
    let at = this.slot(key);
    if (this.slots[at] === -1) {
      if (2 * (this.used + 1) > this.slots.length / 2) {
        this.grow();
        at = this.slot(key);
      }
      this.slots[at] = key;
      this.slots[at + 1] = entry;
      this.used++;
      return true;
    }
    const value = this.slots[at + 1]!;
    if (value >= 0) {
      if (value !== entry)
        this.slots[at + 1] = cap > 1 ? -1 - this.lists.pair(value, entry) : entry;
      return false;
    }
    const lists = this.lists;
    const bucket = -1 - value;
    if (lists.indexOf(bucket, entry) < 0) {
      if (lists.length(bucket) >= cap) lists.remove(bucket, 0);
      this.slots[at + 1] = -1 - lists.push(bucket, entry);
    }
    return false;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = BucketTable.freeSlots(old.length);
    for (let from = 0; from < old.length; from += 2) {
      if (old[from] === -1) continue;
      const at = this.slot(old[from]!);
      this.slots[at] = old[from]!;
      this.slots[at + 1] = old[from + 1]!;
    }
  }
}

/** Fingerprints in columns (the article as its row); signatures copied into large shared blocks. */
class FingerprintStore {
  private static readonly BLOCK = 1 << 20;
  private count = 0;
  private articles: Int32Array = new Int32Array(1024);
  private parts: Int32Array = new Int32Array(1024);
  private shingles: Int32Array = new Int32Array(1024);
  /** Block and offset of each signature, and its length. */
  private blockOf: Int32Array = new Int32Array(1024);
  private offsetOf: Int32Array = new Int32Array(1024);
  private lengthOf: Int32Array = new Int32Array(1024);
  private readonly blocks: Uint32Array[] = [];
  private fill = FingerprintStore.BLOCK;

  get size(): number {
    return this.count;
  }

  /** Keeps a fingerprint of the article in row `article`. */
  add(fingerprint: Fingerprint, article: number): number {
    const entry = this.count++;
    if (entry === this.parts.length) {
      this.articles = widenColumn(this.articles);
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
    this.articles[entry] = article;
    this.parts[entry] = fingerprint.part;
    this.shingles[entry] = fingerprint.shingles;
    this.blockOf[entry] = this.blocks.length - 1;
    this.offsetOf[entry] = this.fill;
    this.lengthOf[entry] = signature.length;
    this.fill += signature.length;
    return entry;
  }

  get(entry: number, rows: ArticleRows): Fingerprint | undefined {
    if (!(entry >= 0 && entry < this.count)) return undefined;
    const offset = this.offsetOf[entry]!;
    return {
      article: rows.id(this.articles[entry]!),
      part: this.parts[entry]!,
      shingles: this.shingles[entry]!,
      signature: this.blocks[this.blockOf[entry]!]!.subarray(
        offset,
        offset + this.lengthOf[entry]!,
      ),
    };
  }
}
