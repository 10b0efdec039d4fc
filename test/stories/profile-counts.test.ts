import { describe, expect, it } from 'vitest';
import { packCounts, unpackCounts } from '../../src/stories/packed-counts.js';
import { ProfileCounts } from '../../src/stories/profile-counts.js';

/** A small deterministic random sequence. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('ProfileCounts', () => {
  it('counts as a map of the profile would, new features last, across many profiles', () => {
    const counts = new ProfileCounts();
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const reference = new Map<number, number>();
      const size = Math.floor(next() * 600);
      for (let i = 0; i < size; i++) reference.set(Math.floor(next() * 5000), 1 + (i % 4));
      counts.read(packCounts(reference));
      for (let i = 0; i < 150; i++) {
        const feature = Math.floor(next() * 5000);
        reference.set(feature, (reference.get(feature) ?? 0) + 1);
        counts.add(feature);
      }
      expect(counts.size).toBe(reference.size);
      expect([...unpackCounts(counts.pack())]).toEqual([...reference]);
    }
  });

  it('keeps the strongest by score, ties by key, as a sort of the entries would', () => {
    const counts = new ProfileCounts();
    counts.read(
      packCounts([
        [4, 2],
        [9, 1],
        [2, 1],
        [7, 3],
      ]),
    );
    counts.add(9);
    counts.add(5);
    const weight = (feature: number) => (feature === 7 ? 0.5 : 1);
    const packed = counts.packStrongest(
      3,
      (feature, count) => count * weight(feature),
      (a, b) => a - b,
    );
    // Scores: 4 → 2, 9 → 2, 2 → 1, 7 → 1.5, 5 → 1.
    expect([...unpackCounts(packed)]).toEqual([
      [4, 2],
      [9, 2],
      [7, 3],
    ]);
    expect(unpackCounts(counts.read('').pack()).size).toBe(0);
  });
});
