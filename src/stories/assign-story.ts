import { cosine, type FeatureWeights, type WeightedFeatures } from './feature-weights.js';
import { daysOutside } from './story-dates.js';
import type { ArticleFeatures, StoryRecord } from './story.js';
import type { StoryOptions } from './story-options.js';
import { horizonDays, windowFactor } from './time-window.js';
import { yearConflict } from './year-conflict.js';

export interface Assignment {
  /** The story to join, or null for a new one. */
  story: StoryRecord | null;
  /** Similarity with the story joined, or with the best one turned down. */
  similarity: number;
  reason: 'joined' | 'near-duplicate' | 'new-story';
  notes: string[];
  /** The candidates within the time window with their similarity, as compared. */
  scored: ScoredStory[];
}

export interface ScoredStory {
  story: StoryRecord;
  similarity: number;
}

/** Days between the article and the story's date range, or 0 when either has no date. */
function daysAway(story: StoryRecord, date: string | null): number {
  return date && story.first && story.last ? daysOutside(date, story.first, story.last) : 0;
}

/**
 * The decision for one article among its candidate stories: stories dated past the late
 * follow-up horizon are out (two strikes three years apart are two stories, however alike their
 * words), those past the time window count less (a follow-up weeks later must be plainly about
 * them, one a year later more plainly still: `windowFactor`), and
 * stories whose years disagree with the article's count less (the same emergency patch five years
 * on, told by undated pages); of the rest, the most similar joins when it reaches the threshold.
 * Ties go to the older story.
 */
export function assignStory(
  features: ArticleFeatures,
  article: WeightedFeatures,
  candidates: StoryRecord[],
  weights: FeatureWeights,
  options: StoryOptions,
): Assignment {
  const notes: string[] = [];
  let best: StoryRecord | null = null;
  let bestSimilarity = 0;
  let outside = 0;
  let followUps = 0;
  let yearsApart = 0;
  const scored: ScoredStory[] = [];
  for (const story of candidates) {
    const inWindow = windowFactor(daysAway(story, features.date), options);
    if (!inWindow) {
      outside++;
      continue;
    }
    if (inWindow < 1) followUps++;
    let similarity = inWindow * weights.profileCosine(article, story.profile, story.profiled);
    if (yearConflict(features.date, article.weights.keys(), story, weights.yearOf)) {
      similarity *= options.yearConflictFactor;
      yearsApart++;
    }
    scored.push({ story, similarity });
    if (
      similarity > bestSimilarity ||
      (similarity === bestSimilarity && best && story.sequence < best.sequence)
    ) {
      best = story;
      bestSimilarity = similarity;
    }
  }
  if (!candidates.length)
    notes.push(
      features.date
        ? `no story within ${horizonDays(options)} days of ${features.date} shares its strongest features`
        : 'no story shares its strongest features',
    );
  if (outside)
    notes.push(`${outside} candidate stories more than ${horizonDays(options)} days away left out`);
  if (followUps)
    notes.push(
      `${followUps} candidate stories more than ${options.windowDays} days away discounted: only a plain follow-up joins them`,
    );
  if (yearsApart)
    notes.push(
      `${yearsApart} candidate stories discounted: the years ${features.date ? 'their articles mention' : 'it mentions'} are not ${features.date ? 'its year' : 'theirs'}`,
    );
  if (!best || bestSimilarity < options.threshold) {
    if (best)
      notes.push(
        `closest story ${best.id} at ${bestSimilarity.toFixed(3)} is below ${options.threshold}`,
      );
    return { story: null, similarity: bestSimilarity, reason: 'new-story', notes, scored };
  }
  const copy = cosine(
    article,
    weights.packedArticle(best.representative.counts, options.articleFeatures),
  );
  if (copy >= options.nearDuplicate) {
    notes.push(
      `repeats ${best.representative.article} (${copy.toFixed(3)}): not counted in the profile`,
    );
    return { story: best, similarity: bestSimilarity, reason: 'near-duplicate', notes, scored };
  }
  return { story: best, similarity: bestSimilarity, reason: 'joined', notes, scored };
}
