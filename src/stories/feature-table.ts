import type { FeatureId, FeatureKey } from './story.js';
import { widenColumn } from './widen-column.js';

/** What kind of feature a key is, from its prefix (see `FeatureKey`). */
export const FeatureKind = { Other: 0, Word: 1, Name: 2, Date: 3, Lead: 4 } as const;
export type FeatureKind = (typeof FeatureKind)[keyof typeof FeatureKind];

const YEAR = /^t:(\d{4})/;
const NAME = /^[pol]:/;
/** Set in a kind's byte for a person, organisation or place key: `p:`, `o:`, `l:`. */
const NAMED = 8;
/** Key characters are kept in blocks of this many UTF-16 units (a longer key gets its own). */
const BLOCK_BITS = 22;
const BLOCK = 1 << BLOCK_BITS;
/** Integers per hash slot: id, hash, characters' start, their count. */
const SLOT = 4;

function kindOf(key: FeatureKey): FeatureKind {
  const kind = key.charCodeAt(0);
  if (kind === 112 || kind === 111 || kind === 108) return FeatureKind.Name; // p o l
  if (kind === 116) return FeatureKind.Date; // t
  if (kind === 119) return FeatureKind.Word; // w
  if (kind === 97) return FeatureKind.Lead; // a
  return FeatureKind.Other;
}

function hashKey(key: FeatureKey): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 16)) | 0;
}

/**
 * Feature keys numbered densely as they are first seen, so that everything story clustering
 * keeps per feature (frequencies, profiles, postings) is keyed by a small integer: one string
 * look-up per feature of an arriving article instead of one per use. A large archive sees tens
 * of millions of keys, so the table keeps their characters and its hash slots in typed arrays,
 * which the garbage collector never scans, rather than in strings and a map. Ids live as long as
 * the table; they are never stored.
 */
export class FeatureTable {
  /**
   * Open addressing, `SLOT` integers a slot: the id (−1 when free), its key's hash, and where its
   * characters start and how many they are (as in `spans`), so that finding a key reads its slot
   * and its characters and not a third place in memory.
   */
  private slots = FeatureTable.freeSlots(1024);
  /** Per id, where its characters start (block << BLOCK_BITS | offset) and how many they are. */
  private spans = new Int32Array(1024);
  private kinds = new Uint8Array(512);
  /** The year a `t:` key names plus one, 0 for none. */
  private years = new Uint16Array(512);
  private readonly blocks: Uint16Array[] = [];
  private fill = BLOCK;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The key's id, numbered now when it is new. */
  id(key: FeatureKey): FeatureId {
    const hash = hashKey(key);
    const at = this.slot(key, hash);
    const found = this.slots[at]!;
    return found >= 0 ? found : this.insert(key, hash);
  }

  /** The key's id, or undefined when the table never saw it. */
  find(key: FeatureKey): FeatureId | undefined {
    const found = this.slots[this.slot(key, hashKey(key))]!;
    return found >= 0 ? found : undefined;
  }

  key(id: FeatureId): FeatureKey {
    const start = this.spans[2 * id]!;
    const block = this.blocks[start >>> BLOCK_BITS]!;
    const offset = start & (BLOCK - 1);
    const end = offset + this.spans[2 * id + 1]!;
    let key = '';
    // In slices: a long argument list would overflow the stack.
    for (let at = offset; at < end; at += 4096)
      key += String.fromCharCode(...block.subarray(at, Math.min(end, at + 4096)));
    return key;
  }

  kind(id: FeatureId): FeatureKind {
    return (this.kinds[id]! & ~NAMED) as FeatureKind;
  }

  /** Whether the feature is a person, organisation or place (lead names are not). */
  isName(id: FeatureId): boolean {
    return (this.kinds[id]! & NAMED) !== 0;
  }

  /** The year a date feature names (`t:2031`, `t:2031-04`, `t:2031-04-02`), or null. */
  year(id: FeatureId): number | null {
    const year = this.years[id]!;
    return year ? year - 1 : null;
  }

  /**
   * Orders ids as their keys compare as strings, for ties that must break the same way whatever
   * the numbering.
   */
  readonly byKey = (a: FeatureId, b: FeatureId): number => {
    const startA = this.spans[2 * a]!;
    const startB = this.spans[2 * b]!;
    const blockA = this.blocks[startA >>> BLOCK_BITS]!;
    const blockB = this.blocks[startB >>> BLOCK_BITS]!;
    const offsetA = startA & (BLOCK - 1);
    const offsetB = startB & (BLOCK - 1);
    const lengthA = this.spans[2 * a + 1]!;
    const lengthB = this.spans[2 * b + 1]!;
    const common = Math.min(lengthA, lengthB);
    for (let i = 0; i < common; i++) {
      const difference = blockA[offsetA + i]! - blockB[offsetB + i]!;
      if (difference) return difference;
    }
    return lengthA - lengthB;
  };

  private static freeSlots(count: number): Int32Array {
    const slots = new Int32Array(count * SLOT);
    for (let at = 0; at < slots.length; at += SLOT) slots[at] = -1;
    return slots;
  }

  /** Where the slot holding the key is, or the free one where it would go. */
  private slot(key: FeatureKey, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = (hash * SLOT) & mask;
    for (;;) {
      if (slots[at]! < 0 || (slots[at + 1] === hash && this.holds(at, key))) return at;
      at = (at + SLOT) & mask;
    }
  }

  /** Whether the filled slot at `at` holds the key. */
  private holds(at: number, key: FeatureKey): boolean {
    if (this.slots[at + 3] !== key.length) return false;
    const start = this.slots[at + 2]!;
    const block = this.blocks[start >>> BLOCK_BITS]!;
    const offset = start & (BLOCK - 1);
    for (let i = 0; i < key.length; i++) if (block[offset + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private insert(key: FeatureKey, hash: number): FeatureId {
    const id = this.count++;
    if (id === this.kinds.length) {
      const size = id * 2;
      this.spans = widenColumn(this.spans, size * 2);
      this.kinds = widenColumn(this.kinds, size);
      this.years = widenColumn(this.years, size);
    }
    if (this.fill + key.length > BLOCK) {
      this.blocks.push(new Uint16Array(Math.max(BLOCK, key.length)));
      this.fill = 0;
    }
    const block = this.blocks[this.blocks.length - 1]!;
    for (let i = 0; i < key.length; i++) block[this.fill + i] = key.charCodeAt(i);
    this.spans[2 * id] = ((this.blocks.length - 1) << BLOCK_BITS) | this.fill;
    this.spans[2 * id + 1] = key.length;
    this.fill += key.length;
    this.kinds[id] = kindOf(key) | (NAME.test(key) ? NAMED : 0);
    const year = YEAR.exec(key)?.[1];
    if (year) this.years[id] = Number(year) + 1;
    // At most half the slots are filled.
    if (2 * SLOT * this.count > this.slots.length) this.grow();
    this.put(id, hash);
    return id;
  }

  /** Puts an id in the first free slot for its hash, with its characters' span. */
  private put(id: FeatureId, hash: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = (hash * SLOT) & mask;
    while (slots[at]! >= 0) at = (at + SLOT) & mask;
    slots[at] = id;
    slots[at + 1] = hash;
    slots[at + 2] = this.spans[2 * id]!;
    slots[at + 3] = this.spans[2 * id + 1]!;
  }

  /** Doubles the slots and puts every id back. */
  private grow(): void {
    const old = this.slots;
    this.slots = FeatureTable.freeSlots((2 * old.length) / SLOT);
    for (let at = 0; at < old.length; at += SLOT)
      if (old[at]! >= 0) this.put(old[at]!, old[at + 1]!);
  }
}
