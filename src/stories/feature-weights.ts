import type { FeatureKey } from './story.js';
import type { StoryOptions } from './story-options.js';
import type { StoryState } from './story-state.js';

/** A feature's weight in one article or story, with the vector's length for cosines. */
export interface WeightedFeatures {
  weights: Map<FeatureKey, number>;
  norm: number;
}

/**
 * Weighs features by their current document frequency, which grows as articles arrive: weights
 * are computed when needed and never stored, so no vocabulary is ever fixed.
 */
export class FeatureWeights {
  private readonly cache = new Map<FeatureKey, number>();

  constructor(
    private readonly state: StoryState,
    private readonly options: StoryOptions,
  ) {}

  /** Smoothed inverse document frequency: high for rare features, ln 2 for one in every article. */
  idf(feature: FeatureKey): number {
    let idf = this.cache.get(feature);
    if (idf === undefined) {
      const articles = this.state.articleCount() + 1;
      idf = Math.log(1 + articles / (this.state.documentFrequency(feature) + 1));
      this.cache.set(feature, idf);
    }
    return idf;
  }

  /** How much a kind of feature counts: names and dates more than words, names in the lead most. */
  kindWeight(feature: FeatureKey): number {
    const kind = feature.charCodeAt(0);
    if (kind === 112 || kind === 111 || kind === 108) return this.options.entityWeight; // p o l
    if (kind === 116) return this.options.dateWeight; // t
    if (kind === 119) return this.options.wordWeight; // w
    if (kind === 97) return this.options.leadWeight; // a
    return 1;
  }

  weight(feature: FeatureKey): number {
    return this.idf(feature) * this.kindWeight(feature);
  }

  /** An article's features weighted by sublinear frequency × idf, its strongest `limit` kept. */
  article(counts: Map<FeatureKey, number>, limit: number): WeightedFeatures {
    const weighted: [FeatureKey, number][] = [];
    for (const [feature, count] of counts)
      weighted.push([feature, (1 + Math.log(count)) * this.weight(feature)]);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return vector(weighted.slice(0, limit));
  }

  /** A story's profile weighted by the share of its articles carrying each feature × idf. */
  story(profile: Map<FeatureKey, number>, articles: number): WeightedFeatures {
    const weighted: [FeatureKey, number][] = [];
    for (const [feature, count] of profile)
      weighted.push([feature, (count / articles) * this.weight(feature)]);
    return vector(weighted);
  }

  /**
   * `cosine(article, story(profile, articles))` in one pass, without building the story's vector.
   * With `without`, the profile is taken without that one article (its features count one less).
   */
  profileCosine(
    article: WeightedFeatures,
    profile: Map<FeatureKey, number>,
    articles: number,
    without?: WeightedFeatures,
  ): number {
    if (without) articles--;
    if (articles <= 0) return 0;
    let dot = 0;
    let sum = 0;
    for (const [feature, total] of profile) {
      const count = without?.weights.has(feature) ? total - 1 : total;
      if (count <= 0) continue;
      const weight = (count / articles) * this.weight(feature);
      sum += weight * weight;
      const other = article.weights.get(feature);
      if (other) dot += weight * other;
    }
    return article.norm && sum ? dot / (article.norm * Math.sqrt(sum)) : 0;
  }
}

function vector(entries: [FeatureKey, number][]): WeightedFeatures {
  let sum = 0;
  for (const [, weight] of entries) sum += weight * weight;
  return { weights: new Map(entries), norm: Math.sqrt(sum) };
}

/** Cosine of two weighted feature vectors (0 when either is empty). */
export function cosine(a: WeightedFeatures, b: WeightedFeatures): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, weight] of small.weights) {
    const other = large.weights.get(feature);
    if (other) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}
