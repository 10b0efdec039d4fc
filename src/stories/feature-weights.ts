import { FeatureKind, type FeatureTable } from './feature-table.js';
import { forEachCount, readCount, type PackedCounts } from './packed-counts.js';
import { ranking } from './ranked-weights.js';
import type { FeatureId } from './story.js';
import type { StoryOptions } from './story-options.js';
import type { StoryState } from './story-state.js';
import { WeightMemo } from './weight-memo.js';

/** A feature's weight in one article or story, with the vector's length for cosines. */
export interface WeightedFeatures {
  weights: Map<FeatureId, number>;
  norm: number;
}

/**
 * Weighs features by their current document frequency, which grows as articles arrive: weights
 * are computed when first needed in an article's turn and kept for the rest of it (in `memo`,
 * which a new `FeatureWeights` starts afresh), so no vocabulary is ever fixed.
 */
export class FeatureWeights {
  readonly table: FeatureTable;
  /** The year a date feature names, for `yearConflict`. */
  readonly yearOf = (feature: FeatureId): number | null => this.table.year(feature);

  constructor(
    private readonly state: StoryState,
    private readonly options: StoryOptions,
    private readonly memo: WeightMemo = new WeightMemo(),
  ) {
    this.table = state.features;
    memo.nextTurn();
  }

  /** Smoothed inverse document frequency: high for rare features, ln 2 for one in every article. */
  idf(feature: FeatureId): number {
    const articles = this.state.articleCount() + 1;
    return Math.log(1 + articles / (this.state.documentFrequency(feature) + 1));
  }

  /** How much a kind of feature counts: names and dates more than words, names in the lead most. */
  kindWeight(feature: FeatureId): number {
    switch (this.table.kind(feature)) {
      case FeatureKind.Name:
        return this.options.entityWeight;
      case FeatureKind.Date:
        return this.options.dateWeight;
      case FeatureKind.Word:
        return this.options.wordWeight;
      case FeatureKind.Lead:
        return this.options.leadWeight;
      default:
        return 1;
    }
  }

  weight(feature: FeatureId): number {
    let weight = this.memo.get(feature);
    if (Number.isNaN(weight)) {
      weight = this.idf(feature) * this.kindWeight(feature);
      this.memo.set(feature, weight);
    }
    return weight;
  }

  /** An article's features weighted by sublinear frequency × idf, its strongest `limit` kept. */
  article(counts: Map<FeatureId, number>, limit: number): WeightedFeatures {
    const ranked = ranking.begin(counts.size);
    counts.forEach((count, feature) => ranked.add(feature, this.termWeight(feature, count)));
    return ranked.strongest(limit, this.table.byKey);
  }

  /** `article` of counts as a story keeps them (a recent member's), read without a map. */
  packedArticle(counts: PackedCounts, limit: number): WeightedFeatures {
    // An entry takes at least three units.
    const ranked = ranking.begin(Math.ceil(counts.length / 3));
    const entry = { id: 0, count: 0 };
    for (let at = 0; at < counts.length;) {
      at = readCount(counts, at, entry);
      ranked.add(entry.id, this.termWeight(entry.id, entry.count));
    }
    return ranked.strongest(limit, this.table.byKey);
  }

  /** A feature's weight in an article that has it `count` times. */
  private termWeight(feature: FeatureId, count: number): number {
    return (1 + Math.log(count)) * this.weight(feature);
  }

  /** A story's profile weighted by the share of its articles carrying each feature × idf. */
  story(profile: PackedCounts, articles: number): WeightedFeatures {
    const weighted: [FeatureId, number][] = [];
    forEachCount(profile, (feature, count) =>
      weighted.push([feature, (count / articles) * this.weight(feature)]),
    );
    return vector(weighted);
  }

  /**
   * `cosine(article, story(profile, articles))` in one pass, without building the story's vector.
   * With `without`, the profile is taken without that one article (its features count one less).
   */
  profileCosine(
    article: WeightedFeatures,
    profile: PackedCounts,
    articles: number,
    without?: WeightedFeatures,
  ): number {
    if (without) articles--;
    if (articles <= 0) return 0;
    let dot = 0;
    let sum = 0;
    const entry = { id: 0, count: 0 };
    for (let at = 0; at < profile.length;) {
      at = readCount(profile, at, entry);
      const feature = entry.id;
      const count = without?.weights.has(feature) ? entry.count - 1 : entry.count;
      if (count <= 0) continue;
      const weight = (count / articles) * this.weight(feature);
      sum += weight * weight;
      const other = article.weights.get(feature);
      if (other) dot += weight * other;
    }
    return article.norm && sum ? dot / (article.norm * Math.sqrt(sum)) : 0;
  }
}

function vector(entries: [FeatureId, number][]): WeightedFeatures {
  let sum = 0;
  for (const [, weight] of entries) sum += weight * weight;
  return { weights: new Map(entries), norm: Math.sqrt(sum) };
}

/** Cosine of two weighted feature vectors (0 when either is empty). */
export function cosine(a: WeightedFeatures, b: WeightedFeatures): number {
  if (!a.norm || !b.norm) return 0;
  const small = a.weights.size <= b.weights.size ? a.weights : b.weights;
  const large = small === a.weights ? b.weights : a.weights;
  let dot = 0;
  for (const [feature, weight] of small) {
    const other = large.get(feature);
    if (other) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}
