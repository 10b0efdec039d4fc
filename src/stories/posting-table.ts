import { IntLists } from './int-lists.js';
import type { Bucket } from './posting-keys.js';
import type { FeatureId } from './story.js';

const NONE: readonly number[] = Object.freeze([]);
const UNDATED = -0x80000000;
const ANY = -0x7fffffff;

/** A bucket as a 32-bit integer: weeks as themselves, the two others below any week. */
const bucketCode = (bucket: Bucket) =>
  bucket === 'undated' ? UNDATED : bucket === 'any' ? ANY : bucket;

/**
 * Posting lists of story numbers keyed by feature id and time bucket, in an open-addressing table
 * of typed columns: a large archive has tens of millions of lists, which as map entries with
 * string keys would cost a string each and slow every look-up. A list of one story (most never
 * get a second) is the story's number in the table; a longer one is in `IntLists`, not an array
 * of its own, so that millions of them are not as many objects for the garbage collector.
 */
export class PostingTable {
  /**
   * Slots of four integers: the feature id (−1 when the slot is free), the bucket, and the story
   * (≥ 0) or −1 − the handle of the slot's list; one slot is one read from memory.
   */
  private slots: Int32Array = PostingTable.freeSlots(64);
  private readonly lists = new IntLists();
  private used = 0;

  get size(): number {
    return this.used;
  }

  private static freeSlots(count: number): Int32Array {
    const slots = new Int32Array(count * 4);
    for (let at = 0; at < slots.length; at += 4) slots[at] = -1;
    return slots;
  }

  /** Where the key's slot is, or the free one where it would go (an index into `slots`). */
  private slot(feature: number, bucket: number): number {
    const slots = this.slots;
    const mask = slots.length / 4 - 1;
    let hash = Math.imul(feature ^ Math.imul(bucket, 0x27d4eb2d), 0x9e3779b1);
    hash ^= hash >>> 15;
    let at = (hash & mask) * 4;
    while (slots[at] !== -1 && (slots[at] !== feature || slots[at + 1] !== bucket))
      at = (at + 4) & (mask * 4 + 3);
    return at;
  }

  /** The stories posted under a feature in a bucket, oldest first. */
  get(feature: FeatureId, bucket: Bucket): readonly number[] {
    const at = this.slot(feature, bucketCode(bucket));
    if (this.slots[at] === -1) return NONE;
    const value = this.slots[at + 2]!;
    return value >= 0 ? [value] : this.lists.items(-1 - value);
  }

  /** Posts a story at the newest end of a list, the oldest dropped past `cap`. */
  add(feature: FeatureId, bucket: Bucket, story: number, cap: number): void {
    const code = bucketCode(bucket);
    let at = this.slot(feature, code);
    if (this.slots[at] === -1) {
      if (2 * (this.used + 1) > this.slots.length / 4) {
        this.grow();
        at = this.slot(feature, code);
      }
      this.slots[at] = feature;
      this.slots[at + 1] = code;
      this.slots[at + 2] = story;
      this.used++;
      return;
    }
    const value = this.slots[at + 2]!;
    if (value >= 0) {
      if (value === story) return;
      this.slots[at + 2] = cap > 1 ? -1 - this.lists.pair(value, story) : story;
      return;
    }
    const lists = this.lists;
    const list = -1 - value;
    const found = lists.indexOf(list, story);
    if (found >= 0) lists.remove(list, found);
    // The oldest fall off before the newest goes in, so a full list keeps its block.
    else if (lists.length(list) >= cap) lists.remove(list, 0, lists.length(list) + 1 - cap);
    const pushed = lists.push(list, story);
    if (lists.length(pushed) > cap) lists.remove(pushed, 0, lists.length(pushed) - cap);
    this.slots[at + 2] = -1 - pushed;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = PostingTable.freeSlots((old.length / 4) * 2);
    for (let from = 0; from < old.length; from += 4) {
      if (old[from] === -1) continue;
      const at = this.slot(old[from]!, old[from + 1]!);
      this.slots[at] = old[from]!;
      this.slots[at + 1] = old[from + 1]!;
      this.slots[at + 2] = old[from + 2]!;
    }
  }
}
