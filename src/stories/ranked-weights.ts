import type { WeightedFeatures } from './feature-weights.js';
import type { FeatureId } from './story.js';

/**
 * Ranks weighted features, strongest first and ties by key, into a `WeightedFeatures` of the
 * strongest. Its columns are kept from one ranking to the next (an article's turn ranks dozens of
 * feature sets), so a ranking allocates only the map it returns, not a pair per feature.
 */
export class FeatureRanking {
  private features = new Uint32Array(256);
  private values = new Float64Array(256);
  private readonly order: number[] = [];
  private count = 0;

  /** Starts a ranking of up to `size` features. */
  begin(size: number): this {
    if (size > this.features.length) {
      const capacity = Math.max(size, 2 * this.features.length);
      this.features = new Uint32Array(capacity);
      this.values = new Float64Array(capacity);
    }
    this.count = 0;
    return this;
  }

  add(feature: FeatureId, weight: number): void {
    this.features[this.count] = feature;
    this.values[this.count++] = weight;
  }

  /** The `limit` strongest features added since `begin`, with their vector's length. */
  strongest(limit: number, byKey: (a: FeatureId, b: FeatureId) => number): WeightedFeatures {
    const { features, values, order } = this;
    order.length = this.count;
    for (let at = 0; at < this.count; at++) order[at] = at;
    order.sort((a, b) => {
      // A sign, not the difference: a whole number back to the sort is not boxed.
      const stronger = values[b]! - values[a]!;
      return stronger > 0 ? 1 : stronger < 0 ? -1 : byKey(features[a]!, features[b]!);
    });
    const weights = new Map<FeatureId, number>();
    let sum = 0;
    const kept = Math.min(limit, this.count);
    for (let rank = 0; rank < kept; rank++) {
      const weight = values[order[rank]!]!;
      weights.set(features[order[rank]!]!, weight);
      sum += weight * weight;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
}

/** The one ranking every `FeatureWeights` uses in turn (a ranking is done before the next starts). */
export const ranking = new FeatureRanking();
