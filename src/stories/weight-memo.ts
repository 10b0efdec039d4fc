import type { FeatureId } from './story.js';

/** Slots of three numbers: the turn that filled it, the feature id, its weight. */
const STRIDE = 3;

/**
 * Feature weights remembered for one article's turn. A turn touches some thousands of features
 * out of the archive's millions, so they are kept in a small open-addressing table that stays in
 * the processor's cache, and a new turn forgets them all at once (slots are stamped with the
 * turn that filled them), so one memo serves every article without clearing.
 */
export class WeightMemo {
  private slots = new Float64Array((1 << 15) * STRIDE);
  /** Fresh slots hold turn 0, which is never a current one. */
  private turn = 1;
  private used = 0;

  /** Forgets every weight remembered so far. */
  nextTurn(): void {
    this.turn++;
    this.used = 0;
  }

  /** The weight remembered this turn, or NaN. */
  get(feature: FeatureId): number {
    const at = this.slot(feature);
    return this.slots[at] === this.turn ? this.slots[at + 2]! : NaN;
  }

  set(feature: FeatureId, weight: number): void {
    let at = this.slot(feature);
    if (this.slots[at] !== this.turn) {
      if (2 * (this.used + 1) > this.slots.length / STRIDE) {
        this.grow();
        at = this.slot(feature);
      }
      this.used++;
      this.slots[at] = this.turn;
      this.slots[at + 1] = feature;
    }
    this.slots[at + 2] = weight;
  }

  /** Where the feature's slot is this turn, or the free one where it would go. */
  private slot(feature: FeatureId): number {
    const slots = this.slots;
    const count = slots.length / STRIDE;
    let index = (Math.imul(feature, 0x9e3779b1) >>> 0) & (count - 1);
    while (slots[index * STRIDE] === this.turn && slots[index * STRIDE + 1] !== feature)
      index = (index + 1) & (count - 1);
    return index * STRIDE;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] !== this.turn) continue;
      const to = this.slot(old[at + 1]!);
      this.slots.set(old.subarray(at, at + STRIDE), to);
    }
  }
}
