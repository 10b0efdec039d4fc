import { describe, expect, it } from 'vitest';
import { DEFAULT_COPY_OPTIONS } from '../../../src/stories/copies/copy-options.js';
import {
  decideRelation,
  isEarlier,
  type PairSide,
} from '../../../src/stories/copies/decide-relation.js';

const side = (id: string, fields: Partial<PairSide> = {}): PairSide => ({
  id,
  published: Date.UTC(2031, 2, 3),
  outlet: `Outlet ${id}`,
  agencyKey: null,
  shingles: 200,
  ...fields,
});
const match = (jaccard: number, sizeA = 200, sizeB = 200, aIsEarlierVersion = false) => ({
  jaccard,
  sizeA,
  sizeB,
  aIsEarlierVersion,
});
const decide = (a: PairSide, b: PairSide, m: ReturnType<typeof match>) =>
  decideRelation(a, b, m, DEFAULT_COPY_OPTIONS);

describe('decideRelation', () => {
  const early = side('a', { published: Date.UTC(2031, 2, 3, 8) });
  const late = side('b', { published: Date.UTC(2031, 2, 3, 10) });

  it('makes the later of two near-identical texts the copy, from either side', () => {
    expect(decide(early, late, match(0.8))).toMatchObject({ newer: 'b', older: 'a', kind: 'copy' });
    expect(decide(late, early, match(0.8))).toMatchObject({ newer: 'b', older: 'a', kind: 'copy' });
  });

  it('calls a near-identical text from the same outlet an update', () => {
    const sameOutlet = side('b', { published: late.published, outlet: early.outlet });
    expect(decide(sameOutlet, early, match(0.9))).toMatchObject({ kind: 'update', newer: 'b' });
  });

  it('calls a text that contains an earlier one and adds to it an update, similarity its containment', () => {
    // 200 shingles inside 320: J = 200 / 320.
    const decision = decide(side('b', { ...late, shingles: 320 }), early, match(0.625, 320, 200));
    expect(decision).toMatchObject({ kind: 'update', newer: 'b', similarity: 1 });
  });

  it('calls a later text mostly inside an earlier one a trimmed copy', () => {
    const decision = decide(side('b', { ...late, shingles: 120 }), early, match(0.6, 120, 200));
    expect(decision).toMatchObject({ kind: 'copy', newer: 'b', similarity: 1 });
  });

  it('takes a lower bar for two texts that credit the same agency', () => {
    const a = { ...early, agencyKey: 'kestrel' };
    const b = { ...late, agencyKey: 'kestrel' };
    expect(decide(b, a, match(0.55))).toMatchObject({ kind: 'copy' });
    expect(decide(late, early, match(0.55))).toBeNull();
  });

  it('links nothing below the bars', () => {
    expect(decide(late, early, match(0.3))).toBeNull();
    expect(decide(late, early, match(0.02, 200, 220))).toBeNull();
  });

  it('makes the article keeping an earlier version an update of the text that matches it', () => {
    const keeper = side('b', { published: late.published, shingles: 150 });
    expect(decide(keeper, early, match(0.85, 190, 200, true))).toMatchObject({
      kind: 'update',
      newer: 'b',
      older: 'a',
    });
  });
});

describe('isEarlier', () => {
  it('orders by time, then the shorter text, then the id; undated last', () => {
    expect(isEarlier(side('z', { published: 1 }), side('a', { published: 2 }))).toBe(true);
    expect(isEarlier(side('z', { shingles: 100 }), side('a', { shingles: 300 }))).toBe(true);
    expect(isEarlier(side('a'), side('b'))).toBe(true);
    expect(isEarlier(side('b'), side('a'))).toBe(false);
    expect(isEarlier(side('a', { published: null }), side('b'))).toBe(false);
  });
});
