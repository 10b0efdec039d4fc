import type { Bucket } from './posting-keys.js';
import { PostingTable } from './posting-table.js';
import type { FeatureId } from './story.js';

const NONE: readonly number[] = Object.freeze([]);

/**
 * Posting lists in one table per time bucket (a week, undated stories, all time) rather than one
 * table of every bucket: an article reads the lists of the few weeks around its date, whose
 * tables stay small and in the processor's cache however many weeks the archive spans, where one
 * table of them all would send each read to a random place in hundreds of megabytes.
 */
export class BucketedPostings {
  private readonly tables = new Map<Bucket, PostingTable>();

  /** The stories posted under a feature in a bucket, oldest first. */
  get(feature: FeatureId, bucket: Bucket): readonly number[] {
    return this.tables.get(bucket)?.get(feature, bucket) ?? NONE;
  }

  /** Posts a story at the newest end of a list, the oldest dropped past `cap`. */
  add(feature: FeatureId, bucket: Bucket, story: number, cap: number): void {
    let table = this.tables.get(bucket);
    if (!table) this.tables.set(bucket, (table = new PostingTable()));
    table.add(feature, bucket, story, cap);
  }
}
