import {
  wordsOnlyClaim,
  type Claim,
  type ClaimQuantity,
} from '../../src/crosscheck/claims/claim.js';

/** A claim of its own article that holds only the given words (and figures). */
export const bareClaim = (
  index: number,
  words: string[],
  quantities: ClaimQuantity[] = [],
): Claim => ({
  ...wordsOnlyClaim({
    index,
    article: `a${index}`,
    source: index,
    start: 0,
    end: 0,
    text: words.join(' '),
    words,
    softWords: words,
    predicates: [],
  }),
  quantities,
});

/** A percentage as claims carry it. */
export const percent = (value: number, bound: ClaimQuantity['bound'] = null): ClaimQuantity => ({
  value,
  unit: '%',
  unitWords: ['%'],
  approximate: false,
  none: false,
  bound,
  text: `${value} percent`,
  context: [],
  roles: [],
  further: false,
  expected: false,
  whole: false,
  owner: null,
});
