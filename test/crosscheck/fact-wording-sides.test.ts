import { describe, expect, it } from 'vitest';
import type { Claim, ClaimQuantity } from '../../src/crosscheck/claims/claim.js';
import { buildFacts } from '../../src/crosscheck/verdicts/build-facts.js';
import { SourceCounter } from '../../src/crosscheck/verdicts/source-counter.js';
import { bareClaim } from './bare-claim.js';

const injured = (value: number): ClaimQuantity => ({
  value,
  unit: 'crew',
  unitWords: ['crew'],
  approximate: false,
  none: false,
  bound: null,
  text: `${value} crew`,
  context: ['injure'],
  roles: ['injure'],
  further: false,
  expected: false,
  whole: false,
  owner: null,
});

/** Each claim its own article and source. */
const sources = (claims: Claim[]) =>
  new SourceCounter({
    articles: claims.map((claim) => ({ article: { id: claim.article } })),
    sources: [],
  } as never);

describe('a fact worded by one side of a dispute', () => {
  it('is never confirmed by sources that do not give that side', () => {
    // a0: the fire on Sunday; a1 and a3: 15 crew injured; a2: 12 crew injured.
    const claims = [
      bareClaim(0, ['fire', 'ferry', 'sunday']),
      bareClaim(1, ['blaze', 'ferry', 'sunday', 'injure', 'crew'], [injured(15)]),
      bareClaim(2, ['injure', 'crew'], [injured(12)]),
      bareClaim(3, ['official', 'raise', 'injure', 'crew'], [injured(15)]),
      bareClaim(4, ['vessel']),
    ];
    const conflict = [1, 2, 3];
    const groups = [[0, 1, 3, 4], conflict, [0, 1, 3], [1, 3]];
    const facts = buildFacts(
      claims,
      { groups, disputed: new Set([conflict]) },
      sources(claims),
      null,
    );
    expect(facts.find((fact) => fact.status === 'conflicting')).toBeDefined();
    for (const fact of facts.filter((fact) => fact.status !== 'conflicting'))
      if (fact.text.includes('injure'))
        expect(fact.articles.filter((article) => !['a1', 'a3'].includes(article))).toEqual([]);
    // Reports that all give 15 confirm it.
    expect(
      facts.find((fact) => fact.status === 'corroborated' && fact.text.includes('injure')),
    ).toMatchObject({ articles: ['a1', 'a3'] });
  });

  it('counts a report giving the whole the part is of as no side of the dispute', () => {
    // "15 of its 24 crew were injured" against "12 were injured"; a0 says only "24 crew aboard".
    const whole = { ...injured(24), context: [], roles: [] };
    const claims = [
      bareClaim(0, ['fire', 'ferry', 'crew', 'aboard'], [whole]),
      bareClaim(1, ['ferry', 'crew', 'injure'], [injured(15), whole]),
      bareClaim(2, ['crew', 'injure'], [injured(12)]),
      bareClaim(3, ['crew', 'injure', 'official'], [injured(15)]),
      bareClaim(4, ['fire', 'ferry', 'crew', 'aboard', 'sunday'], [whole]),
    ];
    const conflict = [1, 2, 3];
    const groups = [conflict, [0, 4], [0, 1]];
    const facts = buildFacts(
      claims,
      { groups, disputed: new Set([conflict]) },
      sources(claims),
      null,
    );
    for (const fact of facts.filter((fact) => fact.status === 'corroborated'))
      expect(fact.text.includes('injure') && fact.articles.includes('a0'), fact.text).toBe(false);
  });

  it('makes no corroborated fact of a group holding both sides', () => {
    const claims = [
      bareClaim(0, ['fire', 'ferry']),
      bareClaim(1, ['ferry', 'crew', 'injure'], [injured(15)]),
      bareClaim(2, ['coastguard', 'ferry', 'crew', 'injure'], [injured(12)]),
    ];
    const conflict = [0, 1, 2];
    const facts = buildFacts(
      claims,
      { groups: [conflict, [1, 2]], disputed: new Set([conflict]) },
      sources(claims),
      null,
    );
    expect(facts.filter((fact) => fact.status === 'corroborated')).toEqual([]);
  });
});
