import { describe, expect, it } from 'vitest';
import type { ClaimQuantity } from '../../src/crosscheck/claims/claim.js';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import { textLayer } from '../../src/analyze/text/text-layer.js';
import { buildClaims } from '../../src/crosscheck/claims/build-claims.js';
import { disagreeingUnit, figureVersions } from '../../src/crosscheck/verdicts/figure-versions.js';
import { bareClaim } from './bare-claim.js';
import { ownSources, storyArticles } from './invented-reports.js';

/** The figures of each conflict two invented reports make, sorted. */
function conflictingFigures(first: string, second: string): string[][] {
  const articles = storyArticles([
    { outlet: 'Dunmore Gazette', published: '2034-03-12', text: first },
    { outlet: 'Riverside Sport', published: '2034-03-12', text: second },
  ]);
  return crossCheckStory({ articles, sources: ownSources(articles) })
    .facts.filter((fact) => fact.status === 'conflicting')
    .map((fact) => fact.versions!.map((version) => version.text).sort());
}

const figure = (
  value: number,
  unitWords: string[],
  context: string[],
  fields: Partial<ClaimQuantity> = {},
): ClaimQuantity => ({
  value,
  unit: unitWords[unitWords.length - 1] ?? null,
  unitWords,
  approximate: false,
  none: false,
  bound: null,
  text: String(value),
  context,
  roles: [],
  further: false,
  expected: false,
  whole: false,
  owner: null,
  ...fields,
});

describe('figure conflicts on real-world patterns', () => {
  it('finds two figures of one player’s points', () => {
    expect(
      conflictingFigures(
        'Tomas Kessler scored 16 points in Saturday’s win over Dunmore.',
        'Tomas Kessler scored 18 points in Saturday’s win over Dunmore.',
      ),
    ).toEqual([['16 points', '18 points']]);
  });

  it('finds two counts of a part given against its whole ("six of its eight")', () => {
    expect(
      conflictingFigures(
        'Six of its eight wagons came off the rails near Dunmore on Tuesday.',
        'Four wagons left the rails near Dunmore on Tuesday.',
      ),
    ).toEqual([['Four wagons', 'Six']]);
  });

  it('reads a price as agreed, whatever tense the deal is told in', () => {
    expect(
      conflictingFigures(
        'Tarn Foods has agreed to buy its smaller rival Oxley Dairies in a deal worth €610 million, the companies said.',
        'Tarn Foods will acquire Oxley Dairies for €540 million in cash, the companies said.',
      ),
    ).toEqual([['€540 million', '€610 million']]);
  });

  it('reads "two other inmates" as more of them, and a word of a name as nothing counted', () => {
    expect(
      conflictingFigures(
        'One of the three inmates who broke out of Dunmore jail has been caught, police said.',
        'A prisoner was caught on Monday, a day after he and two other inmates broke out of Dunmore jail.',
      ),
    ).toEqual([]);
    expect(
      conflictingFigures(
        'The prison service said no staff had been hurt during the breakout at Dunmore jail.',
        'The Prison Staff Union said only 11 officers had been on duty at Dunmore jail during the breakout.',
      ),
    ).toEqual([]);
  });

  it('does not oppose two players’ points', () => {
    expect(
      conflictingFigures(
        'Tomas Kessler scored 16 points in Saturday’s win over Dunmore.',
        'Ivo Marne scored 14 points in Saturday’s win over Dunmore.',
      ),
    ).toEqual([]);
  });

  it('does not oppose a count with one said to be more of it', () => {
    expect(
      conflictingFigures(
        'Two people died when the roof of the Dunmore school fell in the storm.',
        'Three people also died when the roof of another Dunmore school fell in the storm.',
      ),
    ).toEqual([]);
  });

  it('does not take the whole a part is counted of for a version of the part', () => {
    expect(
      conflictingFigures(
        'Tomas Kessler missed 10 of the Dunmore team’s 16 games with an ankle injury.',
        'Tomas Kessler missed eight games with an ankle injury.',
      ),
    ).toEqual([['10', 'eight games']]);
  });

  it('does not oppose two counts that share only a describing word', () => {
    expect(
      conflictingFigures(
        'Three young men died in the air strike on the Dunmore camp.',
        'Seven young children died in the air strike on the Dunmore camp.',
      ),
    ).toEqual([]);
  });

  it('takes the unit of a bare number only from beside it', () => {
    // "Brenn, 37, thanked the jury that spared his life" / "the jury gave him three life sentences"
    const age = bareClaim(
      0,
      ['brenn', 'thank', 'jury', 'spare', 'life'],
      [figure(37, [], ['brenn', 'thank', 'jury'])],
    );
    const sentences = bareClaim(
      1,
      ['jury', 'give', 'life', 'sentence'],
      [figure(3, ['life', 'sentence'], ['jury', 'give'])],
    );
    expect(disagreeingUnit(age, sentences)).toBeNull();
    const beside = bareClaim(0, ['brenn', 'jury', 'life'], [figure(37, [], ['jury', 'life'])]);
    expect(disagreeingUnit(beside, sentences)).toBe('life');
  });

  it('does not take a name beside both figures for what they count', () => {
    // "Kessler needed nine points" / "Kessler finished with 20 points"
    const named = (index: number, value: number, verb: string) => ({
      ...bareClaim(
        index,
        ['kessler', verb, 'point'],
        [figure(value, ['point'], ['kessler', verb])],
      ),
      nameWords: ['kessler'],
      people: ['@kessler'],
    });
    expect(disagreeingUnit(named(0, 9, 'need'), named(1, 20, 'finish'))).toBeNull();
    expect(disagreeingUnit(named(0, 18, 'score'), named(1, 20, 'score'))).toBe('point');
  });

  it('reads "one of" as one of what follows it', () => {
    const text =
      'Prosecutors asked the jurors to sentence one of the port’s most feared gang leaders.';
    const [article] = storyArticles([{ outlet: 'Dunmore Gazette', published: '2034-03-12', text }]);
    const [claim] = buildClaims(article!, textLayer(text), 0, 0);
    expect(claim!.quantities[0]!.unitWords).toEqual(['leader']);
    const other = 'She was one of the leaders to resign on Monday.';
    const [second] = storyArticles([
      { outlet: 'Dunmore Gazette', published: '2034-03-12', text: other },
    ]);
    expect(buildClaims(second!, textLayer(other), 0, 0)[0]!.quantities[0]!.unitWords).toEqual([
      'leader',
    ]);
  });
  it('does not oppose the figures of two named bodies', () => {
    expect(
      conflictingFigures(
        'Harlow Rail’s shares rose 27 percent on Monday after the offer.',
        'Brent Freight’s shares rose 3 percent on Monday after the offer.',
      ),
    ).toEqual([]);
  });

  it('finds a price given for a purchase in other words as a conflict', () => {
    expect(
      conflictingFigures(
        'Brent Freight agreed on Monday to buy its rival Harlow Rail for 1.8 billion crowns.',
        'Brent Freight has struck a 2.1 billion crown deal to acquire Harlow Rail, it said on Monday.',
      ),
    ).toEqual([['1.8 billion crowns', '2.1 billion crown deal']]);
  });

  it('makes versions only of figures that all count one thing', () => {
    // 27 and 32 meet on "share", 32 and 3 on "premium"; 27 and 3 on nothing.
    const claims = [
      bareClaim(0, ['share', 'jump'], [figure(27, ['%'], ['share'])]),
      bareClaim(1, ['share', 'premium'], [figure(32, ['%'], ['share', 'premium'])]),
      bareClaim(2, ['premium', 'fall'], [figure(3, ['%'], ['premium'])]),
    ];
    const versions = figureVersions(claims);
    expect(versions).toHaveLength(2);
    expect(versions!.map((version) => version.figure.value)).toContain(32);
  });
  it('does not oppose what one side asks for with what came about', () => {
    expect(
      conflictingFigures(
        'The Fenwick bakers’ union wants a 9 percent pay rise this year.',
        'The Fenwick bakers’ union accepted an agreement that raises pay by 6 percent this year.',
      ),
    ).toEqual([]);
    expect(
      conflictingFigures(
        'The Fenwick bakers’ union wants a 9 percent pay rise this year.',
        'The Fenwick bakers’ union wants a 10 percent pay rise this year.',
      ),
    ).toEqual([['10 percent', '9 percent']]);
  });
  it('does not oppose what will be with what is', () => {
    expect(
      conflictingFigures(
        'After the merger the Harlow group will employ about 13,200 people across the region.',
        'The Harlow group employs 12,000 people across the region.',
      ),
    ).toEqual([]);
    expect(
      conflictingFigures(
        'After the merger the Harlow group will employ about 13,200 people across the region.',
        'After the merger the Harlow group will employ 12,000 people across the region.',
      ),
    ).toEqual([['12,000 people', 'about 13,200 people']]);
  });
});
