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

describe('BucketedPostings against a map of every list', () => {
  it('answers every look-up as the map does, weeks never posted in included', () => {
    const postings = new BucketedPostings();
    const reference = new Map<string, number[]>();
    let state = 3;
    const next = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % below;
    };
    const buckets = (): (number | 'undated' | 'any')[] => [
      -3,
      0,
      1,
      2900,
      2901,
      2903,
      2910,
      'undated',
      'any',
    ];
    const cap = 5;
    for (let step = 0; step < 20_000; step++) {
      const feature = next(3000);
      const bucket = buckets()[next(9)]!;
      const story = next(40);
      postings.add(feature, bucket, story, cap);
      const key = `${feature}|${bucket}`;
      const list = (reference.get(key) ?? []).filter((other) => other !== story);
      list.push(story);
      reference.set(key, list.slice(-cap));
    }
    for (let feature = 0; feature < 3100; feature++)
      for (const bucket of [...buckets(), -4, 2899, 2902, 2911, 5000])
        expect(postings.get(feature, bucket)).toEqual(reference.get(`${feature}|${bucket}`) ?? []);
  });
});
