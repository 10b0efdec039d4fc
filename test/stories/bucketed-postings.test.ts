import { describe, expect, it } from 'vitest';
import { BucketedPostings } from '../../src/stories/bucketed-postings.js';

describe('BucketedPostings', () => {
  it('keeps each bucket its own lists, newest last, at most `cap` long', () => {
    const postings = new BucketedPostings();
    postings.add(7, 2900, 1, 3);
    postings.add(7, 2901, 2, 3);
    postings.add(7, 'any', 1, 3);
    postings.add(7, 'any', 2, 3);
    expect(postings.get(7, 2900)).toEqual([1]);
    expect(postings.get(7, 2901)).toEqual([2]);
    expect(postings.get(7, 'any')).toEqual([1, 2]);
    expect(postings.get(7, 'undated')).toEqual([]);
    expect(postings.get(8, 2900)).toEqual([]);

    for (const story of [3, 4, 1]) postings.add(7, 'any', story, 3);
    // Posting again moves a story to the newest end; the oldest fall off past the cap.
    expect(postings.get(7, 'any')).toEqual([3, 4, 1]);
  });

  it('finds every list again after its bucket table grows', () => {
    const postings = new BucketedPostings();
    for (let feature = 0; feature < 5000; feature++) postings.add(feature, 'undated', feature, 4);
    for (let feature = 0; feature < 5000; feature += 499)
      expect(postings.get(feature, 'undated')).toEqual([feature]);
  });
});
