import { cosine, type FeatureWeights, type WeightedFeatures } from './feature-weights.js';
import { packCounts, unpackCounts, type PackedCounts } from './packed-counts.js';
import { profileCounts, type ProfileCounts } from './profile-counts.js';
import { earlier, later } from './story-dates.js';
import type { FeatureId, RecentMember, StoryRecord } from './story.js';
import type { StoryOptions } from './story-options.js';

/** What a story keeps of one of its articles: its headline, its day, its feature counts by id. */
export interface StoryArticle {
  headline: string;
  titled: boolean;
  date: string | null;
  counts: Map<FeatureId, number>;
}

/**
 * The profile packed again after an article was counted into it, keeping only the features a
 * story's weight vector needs, so the record never grows past `limit`.
 */
function packPruned(profile: ProfileCounts, weights: FeatureWeights, limit: number) {
  // Pruning in batches keeps the cost per article constant on average.
  if (profile.size <= limit * 1.25) return profile.pack();
  return profile.packStrongest(
    limit,
    (feature, count) => count * weights.weight(feature),
    weights.table.byKey,
  );
}

/** The article's features as carried into a profile: one count per feature it kept. */
function presence(article: WeightedFeatures): PackedCounts {
  const profile = new Map<FeatureId, number>();
  for (const feature of article.weights.keys()) profile.set(feature, 1);
  return packCounts(profile);
}

/** The article as its story's representative: its headline and the counts of its kept features. */
function representative(articleId: string, features: StoryArticle, article: WeightedFeatures) {
  const counts = new Map<FeatureId, number>();
  for (const feature of article.weights.keys())
    counts.set(feature, features.counts.get(feature) ?? 1);
  return {
    article: articleId,
    headline: features.headline,
    titled: features.titled,
    counts: packCounts(counts),
  };
}

/** The article as one of a story's recent members: its date and its strongest feature counts. */
export function recentMember(
  articleId: string,
  features: StoryArticle,
  article: WeightedFeatures,
  limit: number,
): RecentMember {
  const kept: [FeatureId, number][] = [];
  // The article's weights come strongest first.
  for (const feature of article.weights.keys()) {
    if (kept.length === limit) break;
    kept.push([feature, features.counts.get(feature) ?? 1]);
  }
  const { headline, titled, date } = features;
  return { article: articleId, headline, titled, date, features: packCounts(kept) };
}

/** A recent member's feature counts, as `recentMember` kept them. */
export function memberCounts(member: RecentMember): Map<FeatureId, number> {
  return unpackCounts(member.features);
}

/** Keeps an article among the story's recent members, the oldest dropped past `limit`. */
function remember(story: StoryRecord, member: RecentMember, limit: number) {
  const recent = (story.recent ??= []);
  recent.push(member);
  if (recent.length > limit) recent.splice(0, recent.length - limit);
}

export function newStory(
  id: string,
  sequence: number,
  articleId: string,
  features: StoryArticle,
  article: WeightedFeatures,
  options?: Pick<StoryOptions, 'memberFeatures'>,
): StoryRecord {
  const profiled = article.weights.size > 0;
  return {
    id,
    sequence,
    size: 1,
    profiled: profiled ? 1 : 0,
    profile: presence(article),
    first: features.date,
    last: features.date,
    representative: representative(articleId, features, article),
    recent:
      profiled && options
        ? [recentMember(articleId, features, article, options.memberFeatures)]
        : [],
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
  features: StoryArticle,
  article: WeightedFeatures,
  weights: FeatureWeights,
  options: Pick<
    StoryOptions,
    'articleFeatures' | 'profileFeatures' | 'reviseMembers' | 'memberFeatures'
  >,
): void {
  const counts = profileCounts.read(story.profile);
  for (const feature of article.weights.keys()) counts.add(feature);
  story.profiled++;
  story.profile = packPruned(counts, weights, options.profileFeatures);
  remember(
    story,
    recentMember(articleId, features, article, options.memberFeatures),
    options.reviseMembers,
  );
  const titled = Boolean(story.representative.titled);
  if (features.titled !== titled) {
    if (features.titled) story.representative = representative(articleId, features, article);
    return;
  }
  const profile = weights.story(story.profile, story.profiled);
  const current = weights.packedArticle(story.representative.counts, options.articleFeatures);
  if (cosine(article, profile) > cosine(current, profile))
    story.representative = representative(articleId, features, article);
}

/**
 * Takes one of a story's recent articles out of it (it moves to another story): its features
 * count one less in the profile (only its `memberFeatures` strongest were kept, so its weakest
 * stay counted, a small drift), and the story's dates are found again among the recent articles
 * when those are all it has, its representative among them when it was the one leaving.
 */
export function removeFromProfile(
  story: StoryRecord,
  member: RecentMember,
  weights: FeatureWeights,
  options: Pick<StoryOptions, 'articleFeatures'>,
): void {
  const counts = unpackCounts(story.profile);
  for (const feature of memberCounts(member).keys()) {
    const count = (counts.get(feature) ?? 0) - 1;
    if (count > 0) counts.set(feature, count);
    else counts.delete(feature);
  }
  story.profile = packCounts(counts);
  story.profiled--;
  story.size--;
  const recent = (story.recent ?? []).filter((other) => other.article !== member.article);
  story.recent = recent;
  if (story.size === recent.length) {
    const dates = recent.map((other) => other.date).filter((date): date is string => !!date);
    story.first = dates.length ? dates.reduce(earlier) : null;
    story.last = dates.length ? dates.reduce(later) : null;
  }
  if (story.representative.article !== member.article || !recent.length) return;
  // The article that stood for the story leaves: the recent one closest to what remains does,
  // one with a title of its own first.
  const profile = weights.story(story.profile, story.profiled);
  const titled = recent.some((other) => other.titled);
  let best = recent[recent.length - 1]!;
  let bestSimilarity = -1;
  for (const other of recent) {
    if (titled && !other.titled) continue;
    const vector = weights.packedArticle(other.features, options.articleFeatures);
    const similarity = cosine(vector, profile);
    if (similarity > bestSimilarity) {
      best = other;
      bestSimilarity = similarity;
    }
  }
  story.representative = {
    article: best.article,
    headline: best.headline,
    titled: best.titled,
    counts: best.features,
  };
}
