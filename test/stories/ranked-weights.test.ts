import { describe, expect, it } from 'vitest';
import { FeatureRanking } from '../../src/stories/ranked-weights.js';

const byId = (a: number, b: number) => a - b;

describe('FeatureRanking', () => {
  it('keeps the strongest features in order, ties by key, with the norm of those kept', () => {
    const ranking = new FeatureRanking();
    ranking.begin(4);
    for (const [feature, weight] of [
      [7, 1],
      [3, 2],
      [5, 1],
      [9, 0.5],
    ] as const)
      ranking.add(feature, weight);
    const { weights, norm } = ranking.strongest(3, byId);
    expect([...weights]).toEqual([
      [3, 2],
      [5, 1],
      [7, 1],
    ]);
    expect(norm).toBeCloseTo(Math.sqrt(6));
  });

  it('starts afresh on each ranking, and grows past its first columns', () => {
    const ranking = new FeatureRanking();
    ranking.begin(1).add(1, 5);
    ranking.strongest(10, byId);
    const size = 1000;
    ranking.begin(size);
    for (let feature = 0; feature < size; feature++) ranking.add(feature, feature % 7);
    const { weights } = ranking.strongest(size, byId);
    expect(weights.size).toBe(size);
    expect(weights.has(1000)).toBe(false);
    const order = [...weights.keys()];
    const expected = [...Array(size).keys()].sort((a, b) => (b % 7) - (a % 7) || a - b);
    expect(order).toEqual(expected);
    expect(ranking.begin(0).strongest(5, byId)).toEqual({ weights: new Map(), norm: 0 });
  });
});
