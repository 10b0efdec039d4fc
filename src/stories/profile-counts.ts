import { packColumns, readCount, type PackedCounts } from './packed-counts.js';
import type { FeatureId } from './story.js';
import { widenColumn } from './widen-column.js';

/**
 * A story profile's counts while an article is added to it: read from the packed profile into
 * columns with a small hash index, counted up, then packed again (all of them, or the strongest).
 * It does what a map of a few hundred entries would, in columns kept from one article to the
 * next, so that adding an article leaves no map, entry arrays or sorted copies behind.
 */
export class ProfileCounts {
  private ids = new Uint32Array(256);
  private counts = new Float64Array(256);
  private scores = new Float64Array(256);
  /** Open addressing: a feature's position in the columns; a slot counts only when stamped now. */
  private slots = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  /** Fresh slots hold stamp 0, which is never a current one. */
  private stamp = 1;
  private readonly order: number[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Starts over with the counts of a packed profile, in its order. */
  read(packed: PackedCounts): this {
    this.count = 0;
    this.nextStamp();
    const entry = { id: 0, count: 0 };
    for (let at = 0; at < packed.length;) {
      at = readCount(packed, at, entry);
      this.append(entry.id, entry.count);
    }
    return this;
  }

  /** Counts a feature once more; a new one goes last, as a map's new key would. */
  add(feature: FeatureId): void {
    const slot = this.slot(feature);
    if (this.stamps[slot] === this.stamp) this.counts[this.slots[slot]!]!++;
    else this.append(feature, 1);
  }

  /** Every count, in order. */
  pack(): PackedCounts {
    return packColumns(this.ids, this.counts, this.count);
  }

  /**
   * The `limit` features of highest `score`, highest first, ties by `byKey` (as a sort of the
   * entries by that comparison would give them).
   */
  packStrongest(
    limit: number,
    score: (feature: FeatureId, count: number) => number,
    byKey: (a: FeatureId, b: FeatureId) => number,
  ): PackedCounts {
    const { ids, scores, order } = this;
    for (let at = 0; at < this.count; at++) scores[at] = score(ids[at]!, this.counts[at]!);
    order.length = this.count;
    for (let at = 0; at < this.count; at++) order[at] = at;
    order.sort((a, b) => {
      const stronger = scores[b]! - scores[a]!;
      return stronger > 0 ? 1 : stronger < 0 ? -1 : byKey(ids[a]!, ids[b]!);
    });
    return packColumns(ids, this.counts, Math.min(limit, this.count), order);
  }

  private append(feature: FeatureId, count: number): void {
    if (this.count === this.ids.length) this.widen();
    const at = this.count++;
    this.ids[at] = feature;
    this.counts[at] = count;
    this.index(at);
  }

  private index(at: number): void {
    const slot = this.slot(this.ids[at]!);
    this.slots[slot] = at;
    this.stamps[slot] = this.stamp;
  }

  /** The feature's slot, or the free one where it would go. */
  private slot(feature: FeatureId): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(feature, 0x9e3779b1) >>> 0) & mask;
    while (this.stamps[slot] === this.stamp && this.ids[this.slots[slot]!] !== feature)
      slot = (slot + 1) & mask;
    return slot;
  }

  private nextStamp(): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Doubles the columns and the index (kept at most a quarter full), and indexes them again. */
  private widen(): void {
    const size = this.ids.length * 2;
    this.ids = widenColumn(this.ids, size);
    this.counts = widenColumn(this.counts, size);
    this.scores = new Float64Array(size);
    this.slots = new Int32Array(size * 4);
    this.stamps = new Uint32Array(size * 4);
    this.nextStamp();
    for (let at = 0; at < this.count; at++) this.index(at);
  }
}

/** The one `ProfileCounts` every profile update uses in turn (one is done before the next starts). */
export const profileCounts = new ProfileCounts();
