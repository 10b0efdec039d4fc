import { describe, expect, it } from 'vitest';
import { ClaimSimilarity } from '../../src/crosscheck/align/claim-similarity.js';
import { linkGroups, type ClaimLink } from '../../src/crosscheck/align/link-groups.js';
import { bareClaim, percent } from './bare-claim.js';

const WORDS = ['union', 'reject', 'pay', 'offer', 'owner', 'mine', 'monday', 'miner'];
const weights = new Map(WORDS.map((word) => [word, 1]));
const options = {
  sameCore: 0.5,
  joinWeight: 2,
  ownShare: 0.3,
  related: () => 1,
  cohesion: 0.25,
};

describe('a claim’s own fact', () => {
  it('is made when a figure of it no link confirms, however much else is confirmed', () => {
    // "The union rejected the owners' pay offer on Monday and will not accept less than 8
    // percent", against two reports of the rejection giving only the offer's 4 percent.
    const claims = [
      bareClaim(0, WORDS, [percent(8, 'at-most')]),
      bareClaim(1, WORDS, [percent(4)]),
      bareClaim(2, WORDS, [percent(4)]),
    ];
    const similarity = new ClaimSimilarity(claims, weights, null);
    const link = (a: number, b: number): ClaimLink => {
      const core = similarity.core(a, b);
      return { a, b, score: 1, coreA: core.a, coreB: core.b };
    };
    const groups = linkGroups(claims, [link(0, 1), link(0, 2), link(1, 2)], weights, options);
    expect(groups).toContainEqual([0]);
    expect(groups).not.toContainEqual([1]);
  });
});

describe('a bare figure', () => {
  const bare = (value: number) => ({
    ...percent(value),
    unit: null,
    unitWords: [],
    text: `${value}`,
  });

  it('no link gives makes its claim a fact of its own', () => {
    // "The company puts the figure at 350 and says all will be offered other roles", against two
    // reports of the roles alone.
    const claims = [bareClaim(0, WORDS, [bare(350)]), bareClaim(1, WORDS), bareClaim(2, WORDS)];
    const similarity = new ClaimSimilarity(claims, weights, null);
    const link = (a: number, b: number): ClaimLink => {
      const core = similarity.core(a, b);
      return { a, b, score: 1, coreA: core.a, coreB: core.b };
    };
    expect(linkGroups(claims, [link(0, 1), link(0, 2)], weights, options)).toContainEqual([0]);
    // A report giving 350 jobs confirms it.
    claims[2] = bareClaim(2, WORDS, [{ ...bare(350), unit: 'job', unitWords: ['job'] }]);
    const confirmed = new ClaimSimilarity(claims, weights, null);
    const core = confirmed.core(0, 2);
    const links = [link(0, 1), { a: 0, b: 2, score: 1, coreA: core.a, coreB: core.b }];
    const groups = linkGroups(claims, links, weights, options);
    expect(groups).not.toContainEqual([0]);
    expect(groups).not.toContainEqual([2]);
  });
});

describe('two links of a claim', () => {
  const link = (a: number, b: number, words: string[]): ClaimLink => {
    const core = new Map(words.map((word) => [word, 1]));
    return { a, b, score: 0.3, coreA: core, coreB: new Map(core) };
  };
  const claims = [0, 1, 2].map((i) => bareClaim(i, ['port', 'strike', 'lisbon', 'ship', 'queue']));

  it('are one fact when the claim shares enough through both', () => {
    const links = [link(0, 1, ['port', 'strike', 'ship']), link(0, 2, ['port', 'strike', 'ship'])];
    expect(linkGroups(claims, links, weights, options)).toContainEqual([0, 1, 2]);
  });

  it('are two facts when all they share is less than the join weight', () => {
    // The story's commonest words, each weighing little.
    const light = new Map([...weights, ['port', 0.6], ['strike', 0.6]]);
    const links = [link(0, 1, ['port', 'strike']), link(0, 2, ['port', 'strike'])].map((l) => ({
      ...l,
      coreA: new Map([...l.coreA.keys()].map((w) => [w, 0.36])),
      coreB: new Map([...l.coreB.keys()].map((w) => [w, 0.36])),
    }));
    const groups = linkGroups(claims, links, light, options);
    expect(groups).toContainEqual([0, 1]);
    expect(groups).toContainEqual([0, 2]);
  });
});
