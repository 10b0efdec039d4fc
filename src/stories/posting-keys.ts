import { weekOf, weeksAround } from './story-dates.js';
import type { FeatureKey, StoryRecord } from './story.js';

/**
 * Posting lists are kept per feature and per time bucket, so that a look-up reads only stories
 * active near the article's date: one list per week, one for stories without any date, and one
 * over all time (by most recent use) for articles without a date.
 */
export type Bucket = number | 'undated' | 'any';

/** A posting list's key as text, for a state that keeps them in a table. */
export const postingKey = (bucket: Bucket, feature: FeatureKey) => `${bucket}|${feature}`;

/**
 * The buckets an article looks stories up in: a dated one the weeks around its date, the undated
 * stories, and with `late` the all-time lists too (stories further away than the weeks read).
 */
export function lookupBuckets(date: string | null, windowDays: number, late = false): Bucket[] {
  if (!date) return ['any'];
  const buckets: Bucket[] = [...weeksAround(date, windowDays), 'undated'];
  if (late) buckets.push('any');
  return buckets;
}

/** The buckets a story is posted in when an article (dated or not) joins it. */
export function postingBuckets(story: StoryRecord, date: string | null): Bucket[] {
  const day = date ?? story.last;
  return [day ? weekOf(day) : 'undated', 'any'];
}
