import { Buffer } from 'node:buffer';
import { widenColumn } from './widen-column.js';

/** Key characters are kept in blocks of this many UTF-16 units (a longer key gets its own). */
const BLOCK_BITS = 22;
const BLOCK = 1 << BLOCK_BITS;
/** Integers per hash slot: id, hash, characters' start, their count. */
const SLOT = 4;

function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 16)) | 0;
}

/**
 * Strings numbered densely as they are first seen (feature keys, article ids), so that whatever
 * is kept per key can be kept in typed columns by its number. A large archive sees millions of
 * keys, so the table keeps their characters and its hash slots in typed arrays, which the garbage
 * collector never scans, rather than in strings and a map.
 */
export class KeyTable {
  /**
   * Open addressing, `SLOT` integers a slot: the id (−1 when free), its key's hash, and where its
   * characters start and how many they are (as in `spans`), so that finding a key reads its slot
   * and its characters and not a third place in memory.
   */
  private slots = KeyTable.freeSlots(1024);
  /** Per id, where its characters start (block << BLOCK_BITS | offset) and how many they are. */
  protected spans = new Int32Array(1024);
  protected readonly blocks: Uint16Array[] = [];
  /** The blocks' bytes, to read a key back as a string in one native call. */
  private readonly views: Buffer[] = [];
  private fill = BLOCK;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The key's id, numbered now when it is new. */
  id(key: string): number {
    const hash = hashKey(key);
    const at = this.slot(key, hash);
    const found = this.slots[at]!;
    return found >= 0 ? found : this.insert(key, hash);
  }

  /** The key's id, or undefined when the table never saw it. */
  find(key: string): number | undefined {
    const found = this.slots[this.slot(key, hashKey(key))]!;
    return found >= 0 ? found : undefined;
  }

  key(id: number): string {
    const start = this.spans[2 * id]!;
    const offset = start & (BLOCK - 1);
    const end = offset + this.spans[2 * id + 1]!;
    return this.views[start >>> BLOCK_BITS]!.toString('utf16le', 2 * offset, 2 * end);
  }

  /**
   * Orders ids as their keys compare as strings, for ties that must break the same way whatever
   * the numbering.
   */
  readonly byKey = (a: number, b: number): number => {
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

  /** Makes room in per-id columns for ids below `size` (a subclass widens its own too). */
  protected widen(size: number): void {
    this.spans = widenColumn(this.spans, size * 2);
  }

  /** Called once a new key has its id (a subclass keeps what it derives from the key). */
  protected added(_id: number, _key: string): void {}

  private static freeSlots(count: number): Int32Array {
    const slots = new Int32Array(count * SLOT);
    for (let at = 0; at < slots.length; at += SLOT) slots[at] = -1;
    return slots;
  }

  /** Where the slot holding the key is, or the free one where it would go. */
  private slot(key: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let at = (hash * SLOT) & mask;
    for (;;) {
      if (slots[at]! < 0 || (slots[at + 1] === hash && this.holds(at, key))) return at;
      at = (at + SLOT) & mask;
    }
  }

  /** Whether the filled slot at `at` holds the key. */
  private holds(at: number, key: string): boolean {
    if (this.slots[at + 3] !== key.length) return false;
    const start = this.slots[at + 2]!;
    const block = this.blocks[start >>> BLOCK_BITS]!;
    const offset = start & (BLOCK - 1);
    for (let i = 0; i < key.length; i++) if (block[offset + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private insert(key: string, hash: number): number {
    const id = this.count++;
    if (2 * id === this.spans.length) this.widen(id * 2);
    if (this.fill + key.length > BLOCK) {
      const block = new Uint16Array(Math.max(BLOCK, key.length));
      this.blocks.push(block);
      this.views.push(Buffer.from(block.buffer, block.byteOffset, block.byteLength));
      this.fill = 0;
    }
    const block = this.blocks[this.blocks.length - 1]!;
    for (let i = 0; i < key.length; i++) block[this.fill + i] = key.charCodeAt(i);
    this.spans[2 * id] = ((this.blocks.length - 1) << BLOCK_BITS) | this.fill;
    this.spans[2 * id + 1] = key.length;
    this.fill += key.length;
    this.added(id, key);
    // At most half the slots are filled.
    if (2 * SLOT * this.count > this.slots.length) this.grow();
    this.put(id, hash);
    return id;
  }

  /** Puts an id in the first free slot for its hash, with its characters' span. */
  private put(id: number, hash: number): void {
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
    this.slots = KeyTable.freeSlots((2 * old.length) / SLOT);
    for (let at = 0; at < old.length; at += SLOT)
      if (old[at]! >= 0) this.put(old[at]!, old[at + 1]!);
  }
}
