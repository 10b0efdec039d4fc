import type { Bucket } from './posting-keys.js';
import { PostingTable } from './posting-table.js';
import type { FeatureId } from './story.js';
import { widenColumn } from './widen-column.js';

const NONE: readonly number[] = Object.freeze([]);
const NO_FIRST = 0x7fffffff;
const NO_LAST = -0x80000000;

/**
 * Posting lists in one table per time bucket (a week, undated stories, all time) rather than one
 * table of every bucket: an article reads the lists of the few weeks around its date, whose
 * tables stay small and in the processor's cache however many weeks the archive spans, where one
 * table of them all would send each read to a random place in hundreds of megabytes. Per feature,
 * the first and last week it was posted in are kept too: an article reads the weeks of its whole
 * follow-up horizon, and a rare feature (most of those it looks up) was posted in a few of them
 * only, so the tables of the other weeks need not be looked into at all.
 */
export class BucketedPostings {
  private readonly tables = new Map<Bucket, PostingTable>();
  /** Per feature id, the first and last week posted in (an empty range for none). */
  private firstWeek = new Int32Array(1024).fill(NO_FIRST);
  private lastWeek = new Int32Array(1024).fill(NO_LAST);

  /** The stories posted under a feature in a bucket, oldest first. */
  get(feature: FeatureId, bucket: Bucket): readonly number[] {
    if (
      typeof bucket === 'number' &&
      (feature >= this.firstWeek.length ||
        bucket < this.firstWeek[feature]! ||
        bucket > this.lastWeek[feature]!)
    )
      return NONE;
    return this.tables.get(bucket)?.get(feature, bucket) ?? NONE;
  }

  /** Posts a story at the newest end of a list, the oldest dropped past `cap`. */
  add(feature: FeatureId, bucket: Bucket, story: number, cap: number): void {
    if (typeof bucket === 'number') this.postedIn(feature, bucket);
    let table = this.tables.get(bucket);
    if (!table) this.tables.set(bucket, (table = new PostingTable()));
    table.add(feature, bucket, story, cap);
  }

  private postedIn(feature: FeatureId, week: number): void {
    const known = this.firstWeek.length;
    if (feature >= known) {
      const size = Math.max(feature + 1, known * 2);
      this.firstWeek = widenColumn(this.firstWeek, size).fill(NO_FIRST, known);
      this.lastWeek = widenColumn(this.lastWeek, size).fill(NO_LAST, known);
    }
    if (week < this.firstWeek[feature]!) this.firstWeek[feature] = week;
    if (week > this.lastWeek[feature]!) this.lastWeek[feature] = week;
  }
}
