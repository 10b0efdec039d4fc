import { describe, expect, it } from 'vitest';
import { containment, estimateJaccard, MinHasher } from '../../../src/stories/copies/minhash.js';
import { shingleHashes } from '../../../src/stories/copies/shingles.js';

const words = (count: number, offset = 0) =>
  Array.from({ length: count }, (_, i) => `w${i + offset}`);

describe('MinHash', () => {
  it('estimates the Jaccard index of word shingles within a few points', () => {
    const hasher = new MinHasher(126);
    // 300 shingles each, 200 shared: J = 200 / 400 = 0.5.
    const a = shingleHashes(words(304), 5);
    const b = shingleHashes(words(304, 100), 5);
    const estimate = estimateJaccard(hasher.signature(a), hasher.signature(b));
    expect(Math.abs(estimate - 0.5)).toBeLessThan(0.12);
    expect(estimateJaccard(hasher.signature(a), hasher.signature(a))).toBe(1);
  });

  it('gives the same signature on every run and for every instance with the same seed', () => {
    const shingles = shingleHashes(words(50), 5);
    expect([...new MinHasher(64).signature(shingles)]).toEqual([
      ...new MinHasher(64).signature(shingles),
    ]);
    expect([...new MinHasher(64, 1).signature(shingles)]).not.toEqual([
      ...new MinHasher(64, 2).signature(shingles),
    ]);
  });

  it('derives containment from the Jaccard index and the two sizes', () => {
    // A (100) inside B (300): J = 100 / 300.
    expect(containment(1 / 3, 100, 300)).toBeCloseTo(1);
    expect(containment(1 / 3, 300, 100)).toBeCloseTo(1 / 3);
    expect(containment(0, 100, 100)).toBe(0);
    expect(containment(0.5, 0, 100)).toBe(0);
  });
});

describe('shingleHashes', () => {
  it('gives the distinct shingles, sorted, and none for a text shorter than one shingle', () => {
    expect(shingleHashes(['a', 'b', 'c', 'd'], 5)).toHaveLength(0);
    const repeated = shingleHashes('a b c d e a b c d e a b c d e'.split(' '), 5);
    expect(repeated).toHaveLength(5);
    expect([...repeated]).toEqual([...repeated].sort((x, y) => x - y));
  });

  it('depends on word order', () => {
    const [x] = shingleHashes('a b c d e'.split(' '), 5);
    const [y] = shingleHashes('e d c b a'.split(' '), 5);
    expect(x).not.toBe(y);
  });
});
