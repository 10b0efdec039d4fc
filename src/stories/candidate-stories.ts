import type { WeightedFeatures } from './feature-weights.js';
import { lookupBuckets } from './posting-keys.js';
import type { FeatureId } from './story.js';
import type { StoryOptions } from './story-options.js';
import type { StoryState } from './story-state.js';
import { lookupDays, looksUpLate } from './time-window.js';

/**
 * The features an article is posted under and looked up by: its strongest that are not too
 * common to single out a story. Among those, only features some article had before can find a
 * story; the names it shares with earlier articles are looked up too, wherever they rank, because
 * in a young index the one new word outweighs them all.
 */
export function featureSelection(
  article: WeightedFeatures,
  state: StoryState,
  options: StoryOptions,
): { lookup: FeatureId[]; posting: FeatureId[] } {
  const articles = state.articleCount();
  // Below a few dozen articles every share is large; the lists are capped anyway.
  const commonAbove = articles >= 50 ? options.maxDocumentShare * articles : Infinity;
  const lookup: FeatureId[] = [];
  const posting: FeatureId[] = [];
  for (const feature of article.weights.keys()) {
    const frequency = state.documentFrequency(feature);
    if (frequency > commonAbove) continue;
    const strongest = posting.length < options.lookupFeatures;
    if (strongest) posting.push(feature);
    if (frequency > 0 && (strongest || state.features.isName(feature))) lookup.push(feature);
    if (lookup.length === 2 * options.lookupFeatures) break;
  }
  return { lookup, posting };
}

/**
 * Stories that share strong features with the article, from the posting lists of its time
 * window and follow-up horizon, and the all-time lists of its names for late follow-ups: at most
 * `lookupFeatures × buckets × postingCap` entries are read, then the
 * `maxCandidates` stories with the most shared weight are kept, whatever the archive's size.
 */
export function candidateStories(
  article: WeightedFeatures,
  features: FeatureId[],
  date: string | null,
  state: StoryState,
  options: StoryOptions,
): string[] {
  const buckets = lookupBuckets(date, lookupDays(options), looksUpLate(options));
  const shared = new Map<string, number>();
  for (const feature of features) {
    const weight = article.weights.get(feature) ?? 0;
    const stories = new Set<string>();
    // A dated article reads the all-time lists for late follow-ups by names only: a story a
    // year old is still among the last to use a person's or a place's name, rarely a word's.
    const late = Boolean(date) && state.features.isName(feature);
    for (const bucket of buckets)
      if (bucket !== 'any' || !date || late)
        for (const story of state.postings(bucket, feature)) stories.add(story);
    for (const story of stories) shared.set(story, (shared.get(story) ?? 0) + weight);
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxCandidates)
    .map(([story]) => story);
}
