import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/crosscheck/cross-check.js';
import { factsOf } from './invented-reports.js';

const conflicts = (facts: Fact[]) =>
  facts
    .filter((fact) => fact.status === 'conflicting')
    .map((fact) => fact.versions!.map((version) => version.text).sort());

// Invented reports of an invented storm in the invented Orrick valley.
const MONDAY = {
  outlet: 'Orrick Mail',
  published: '2034-10-02',
  text: 'Around 40 people were missing in the Orrick valley on Monday after the storm, rescuers said.',
};

describe('running counts moved on by a later report', () => {
  it('takes a count a later day gives as still standing for an update, not a conflict', () => {
    const facts = factsOf([
      MONDAY,
      {
        outlet: 'Valley Herald',
        published: '2034-10-03',
        text: 'About 28 people are still missing in the Orrick valley after the storm, rescuers said.',
      },
    ]);
    expect(conflicts(facts)).toEqual([]);
    // Neither count confirms the other.
    expect(facts.some((fact) => fact.status === 'corroborated' && /28|40/.test(fact.text))).toBe(
      false,
    );
  });

  it('keeps two counts of one day in conflict, whatever words they are given in', () => {
    expect(
      conflicts(
        factsOf([
          MONDAY,
          {
            outlet: 'Valley Herald',
            published: '2034-10-02',
            text: 'About 28 people are still missing in the Orrick valley after the storm, rescuers said.',
          },
        ]),
      ),
    ).toEqual([['About 28 people', 'Around 40 people']]);
  });

  it('reads the day a count is given for ("by Monday evening"), not the day a happening began', () => {
    const facts = factsOf([
      {
        outlet: 'Orrick Mail',
        published: '2034-10-03',
        text: 'The storm, which began on Sunday, had flattened about 300 hectares of forest by Monday evening, foresters said.',
      },
      {
        outlet: 'Valley Herald',
        published: '2034-10-04',
        text: 'The storm, which began on Sunday, has now flattened about 450 hectares of forest, foresters said.',
      },
    ]);
    expect(conflicts(facts)).toEqual([]);
  });

  it('keeps a count given without a word of the moment in conflict across days', () => {
    expect(
      conflicts(
        factsOf([
          {
            outlet: 'Orrick Mail',
            published: '2034-10-02',
            text: 'The storm brought down about 300 trees along the Orrick road, foresters said.',
          },
          {
            outlet: 'Valley Herald',
            published: '2034-10-03',
            text: 'The storm brought down some 500 trees along the Orrick road, foresters said.',
          },
        ]),
      ),
    ).toEqual([['about 300 trees', 'some 500 trees']]);
  });
});
