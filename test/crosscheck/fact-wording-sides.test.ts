import { describe, expect, it } from 'vitest';
import type { ClaimQuantity } from '../../src/crosscheck/claims/claim.js';
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
});

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
    const sources = new SourceCounter({
      articles: claims.map((claim) => ({ article: { id: claim.article } })),
      sources: [],
    } as never);
    const facts = buildFacts(claims, { groups, disputed: new Set([conflict]) }, sources, null);
    expect(facts.find((fact) => fact.status === 'conflicting')).toBeDefined();
    for (const fact of facts.filter((fact) => fact.status !== 'conflicting'))
      if (fact.text.includes('injure'))
        expect(fact.articles.filter((article) => !['a1', 'a3'].includes(article))).toEqual([]);
    // Reports that all give 15 confirm it.
    expect(
      facts.find((fact) => fact.status === 'corroborated' && fact.text.includes('injure')),
    ).toMatchObject({ articles: ['a1', 'a3'] });
  });
});
