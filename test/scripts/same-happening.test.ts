import { describe, expect, it } from 'vitest';
import { textLayer } from '../../src/analyze/text/text-layer.js';
import {
  happeningWords,
  sameHappening,
  sameKindOfHappening,
  tellApart,
  type HappeningMention,
} from '../../scripts/lib/same-happening.js';
import type { WordVectors } from '../../src/crosscheck/align/word-vectors.js';
import { buildClaims } from '../../src/crosscheck/claims/build-claims.js';
import type { Claim } from '../../src/crosscheck/claims/claim.js';
import { storyArticles } from '../crosscheck/invented-reports.js';

/** The first claim of an invented report. */
function claimOf(text: string, outlet = 'Dunmore Gazette'): Claim {
  const [article] = storyArticles([{ outlet, published: '2034-03-12', text }]);
  return buildClaims(article!, textLayer(text), 0, 0)[0]!;
}

/** The happening words of a phrase standing alone. */
const wordsOf = (phrase: string) => happeningWords(textLayer(phrase).tokens, true);

/** Invented cosines: "blast" is near "explode", "hold" is not near "detain". */
const COSINES: Record<string, number> = { 'blast|explode': 0.83, 'detain|hold': 0.55 };
const vectors = {
  similarity: (a: string, b: string) => (a === b ? 1 : (COSINES[[a, b].sort().join('|')] ?? 0)),
} as unknown as WordVectors;

describe('happenings of one kind', () => {
  it('names a happening by its claim words, synonyms and phrasal verbs folded', () => {
    expect(wordsOf('walked out')).toEqual(['strike']);
    expect(wordsOf('were wounded')).toEqual(['injure']);
    // Claims leave out verbs of saying; a mention of one is named by its lemma.
    expect(wordsOf('said')).toEqual(['say']);
  });

  it('matches the same words, and near-synonyms only at the cosine asked', () => {
    expect(sameKindOfHappening(['strike'], ['strike'], null)).toBe(true);
    expect(sameKindOfHappening(['blast'], ['explode'], vectors, 0.8)).toBe(true);
    expect(sameKindOfHappening(['blast'], ['explode'], vectors, null)).toBe(false);
    expect(sameKindOfHappening(['hold'], ['detain'], vectors, 0.8)).toBe(false);
    // Every word of the shorter phrase must be matched: "caught fire" is a fire beginning.
    expect(sameKindOfHappening(['begin', 'fire'], ['fire'], null)).toBe(true);
    expect(sameKindOfHappening(['begin', 'talk'], ['fire'], null)).toBe(false);
  });
});

describe('telling two happenings of one kind apart', () => {
  it('tells apart claims about different people', () => {
    const a = claimOf('Tomas Varga was arrested in Dunmore on Friday.');
    const b = claimOf('Elin Marsh was arrested in Dunmore on Friday.', 'Riverside Post');
    expect(tellApart(a, b, null)).toBe('people');
    const c = claimOf('Police arrested Varga after the match.', 'Riverside Post');
    expect(tellApart(a, c, null)).toBeNull();
  });

  it('tells apart claims that count the same thing differently', () => {
    const a = claimOf('The blast injured 12 dock workers.');
    const b = claimOf('The blast injured 30 dock workers.', 'Riverside Post');
    expect(tellApart(a, b, null)).toBe('figure');
    // Unless that reason is not asked.
    expect(tellApart(a, b, null, new Set(['people']))).toBeNull();
  });

  it('judges two mentions one happening when their kind matches and nothing tells them apart', () => {
    const a: HappeningMention = {
      words: ['arrest'],
      claim: claimOf('Tomas Varga was arrested in Dunmore on Friday.'),
    };
    const same: HappeningMention = {
      words: ['arrest'],
      claim: claimOf('Police arrested Varga after the match.', 'Riverside Post'),
    };
    const other: HappeningMention = {
      words: ['arrest'],
      claim: claimOf('Elin Marsh was arrested in Dunmore on Friday.', 'Riverside Post'),
    };
    const related = () => 0.3;
    expect(sameHappening(a, same, null, related)).toBe(true);
    expect(sameHappening(a, other, null, related)).toBe(false);
    // A least word similarity of the two claims that they do not reach.
    expect(sameHappening(a, same, null, related, { context: 0.5 })).toBe(false);
    expect(sameHappening(a, { ...same, words: ['release'] }, null, related)).toBe(false);
  });
});
