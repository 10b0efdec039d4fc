import { cosine, type FeatureWeights, type WeightedFeatures } from './feature-weights.js';
import { earlier, later } from './story-dates.js';
import type { ArticleFeatures, FeatureKey, StoryRecord } from './story.js';
import type { StoryOptions } from './story-options.js';

/** Keeps only the features a story's weight vector needs, so the record never grows past `limit`. */
function prune(profile: Map<FeatureKey, number>, weights: FeatureWeights, limit: number) {
  // Pruning in batches keeps the cost per article constant on average.
  if (profile.size <= limit * 1.25) return profile;
  const ranked = [...profile].sort(
    (a, b) => b[1] * weights.weight(b[0]) - a[1] * weights.weight(a[0]) || (a[0] < b[0] ? -1 : 1),
  );
  return new Map(ranked.slice(0, limit));
}

/** The article's features as carried into a profile: one count per feature it kept. */
function presence(article: WeightedFeatures): Map<FeatureKey, number> {
  return new Map([...article.weights.keys()].map((feature) => [feature, 1]));
}

/** The article as its story's representative: its headline and the counts of its kept features. */
function representative(articleId: string, features: ArticleFeatures, article: WeightedFeatures) {
  const counts = new Map<FeatureKey, number>();
  for (const feature of article.weights.keys())
    counts.set(feature, features.counts.get(feature) ?? 1);
  return { article: articleId, headline: features.headline, titled: features.titled, counts };
}

export function newStory(
  id: string,
  sequence: number,
  articleId: string,
  features: ArticleFeatures,
  article: WeightedFeatures,
): StoryRecord {
  return {
    id,
    sequence,
    size: 1,
    profiled: article.weights.size ? 1 : 0,
    profile: presence(article),
    first: features.date,
    last: features.date,
    representative: representative(articleId, features, article),
  };
}

/** Widens a story's date range to take in one more article. */
export function widenDates(story: StoryRecord, date: string | null): void {
  if (!date) return;
  story.first = story.first ? earlier(story.first, date) : date;
  story.last = story.last ? later(story.last, date) : date;
}

/**
 * Adds an article to a story's profile, and makes it the story's representative when it is now
 * closer to the profile than the representative is; an article with a title of its own wins over
 * one whose headline is only a first sentence.
 */
export function addToProfile(
  story: StoryRecord,
  articleId: string,
  features: ArticleFeatures,
  article: WeightedFeatures,
  weights: FeatureWeights,
  options: Pick<StoryOptions, 'articleFeatures' | 'profileFeatures'>,
): void {
  for (const feature of article.weights.keys())
    story.profile.set(feature, (story.profile.get(feature) ?? 0) + 1);
  story.profiled++;
  story.profile = prune(story.profile, weights, options.profileFeatures);
  const titled = Boolean(story.representative.titled);
  if (features.titled !== titled) {
    if (features.titled) story.representative = representative(articleId, features, article);
    return;
  }
  const profile = weights.story(story.profile, story.profiled);
  const current = weights.article(story.representative.counts, options.articleFeatures);
  if (cosine(article, profile) > cosine(current, profile))
    story.representative = representative(articleId, features, article);
}
