import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/crosscheck/cross-check.js';
import { factsOf, type Draft } from './invented-reports.js';

const conflicting = (facts: Fact[]) => facts.filter((fact) => fact.status === 'conflicting');

/** Whether a fact of several sources holds a sentence of each draft. */
const corroboratedTogether = (facts: Fact[], drafts: Draft[]) =>
  facts.some(
    (fact) =>
      fact.status === 'corroborated' &&
      drafts.every((draft) => fact.evidence.some((item) => draft.text.includes(item.text))),
  );

// Invented reports of an invented ferry accident in the invented Holm Sound.
const CAPSIZED_AT_SIX = {
  outlet: 'Holm Courier',
  published: '2034-05-10',
  text: 'The ferry Ashby Star capsized in the Holm Sound shortly after 6 p.m. on Tuesday, the coastguard said.',
};

describe('time-of-day conflicts', () => {
  it('finds a once-only happening given two times of one day', () => {
    const found = conflicting(
      factsOf([
        CAPSIZED_AT_SIX,
        {
          outlet: 'Sound Gazette',
          published: '2034-05-10',
          text: 'The ferry Ashby Star overturned in the Holm Sound at about 7.30 p.m. on Tuesday, according to the harbour master.',
        },
      ]),
    );
    expect(found).toHaveLength(1);
    const versions = found[0]!.versions!;
    expect(versions.map((version) => version.about)).toEqual(['time', 'time']);
    expect(versions.map((version) => version.text).sort()).toEqual([
      'about 7.30 p.m. on Tuesday',
      'shortly after 6 p.m. on Tuesday',
    ]);
    expect(versions.map((version) => version.sources)).toEqual([1, 1]);
  });

  it('reads a bare hour against a day, and a pronoun as what the sentence before named', () => {
    const found = conflicting(
      factsOf([
        {
          outlet: 'Holm Courier',
          // A day after the accident: "6 p.m." is no time of this day.
          published: '2034-05-10',
          text: 'The ferry Ashby Star left Port Tresk with 80 passengers on board. It capsized shortly after 6 p.m., a mile from the harbour.',
        },
        {
          outlet: 'Sound Gazette',
          published: '2034-05-10',
          text: 'The ferry Ashby Star overturned at 9.15 p.m. on Tuesday on its way from Port Tresk, the harbour master said.',
        },
      ]),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.versions!.map((version) => version.text).sort()).toEqual([
      '9.15 p.m. on Tuesday',
      'shortly after 6 p.m.',
    ]);
  });

  it('lets times that can be one moment corroborate each other, in either verb', () => {
    const drafts = [
      CAPSIZED_AT_SIX,
      {
        outlet: 'Sound Gazette',
        published: '2034-05-10',
        text: 'The ferry Ashby Star overturned in the Holm Sound at about 6.40 p.m. on Tuesday.',
      },
    ];
    const facts = factsOf(drafts);
    expect(conflicting(facts)).toEqual([]);
    expect(corroboratedTogether(facts, drafts)).toBe(true);
  });

  it('finds no conflict between approximate times an hour apart: they corroborate', () => {
    const drafts = [
      {
        outlet: 'Holm Courier',
        published: '2034-05-10',
        text: 'The ferry Ashby Star capsized in the Holm Sound at about 6 p.m. on Tuesday.',
      },
      {
        outlet: 'Sound Gazette',
        published: '2034-05-10',
        text: 'The ferry Ashby Star capsized in the Holm Sound just before 7 p.m. on Tuesday.',
      },
    ];
    const facts = factsOf(drafts);
    expect(conflicting(facts)).toEqual([]);
    expect(corroboratedTogether(facts, drafts)).toBe(true);
  });

  it('finds no conflict between two happenings of one kind at different hours', () => {
    const found = conflicting(
      factsOf([
        {
          outlet: 'Holm Courier',
          published: '2034-05-10',
          text: 'A gas tank exploded at the Carrow chemical plant at 6 a.m. on Tuesday, the fire service said.',
        },
        {
          outlet: 'Sound Gazette',
          published: '2034-05-10',
          text: 'A second gas tank exploded at the Carrow chemical plant at 9 p.m. on Tuesday, the fire service said.',
        },
        {
          outlet: 'Tresk Post',
          published: '2034-05-10',
          text: 'Councillor Mara Ostby died at Holm hospital at 6 a.m. on Tuesday.',
        },
        {
          outlet: 'Harbour Weekly',
          published: '2034-05-10',
          text: 'Farmer Jonas Wirth died at Holm hospital at 9 p.m. on Tuesday.',
        },
      ]),
    );
    expect(found).toEqual([]);
  });

  it('finds no time conflict over happenings that repeat or go on', () => {
    const found = conflicting(
      factsOf([
        {
          outlet: 'Holm Courier',
          published: '2034-05-10',
          text: 'Talks between the Holm dockers and the port owners resumed at 9 a.m. on Tuesday. The strike at the Tresk mill began at 6 a.m. on Monday.',
        },
        {
          outlet: 'Sound Gazette',
          published: '2034-05-10',
          text: 'Talks between the Holm dockers and the port owners resumed at 3 p.m. on Tuesday. The strike at the Tresk docks began at 10 a.m. on Monday.',
        },
      ]),
    );
    expect(found).toEqual([]);
  });

  it('finds no time conflict between the news and a capsizing years before', () => {
    const found = conflicting(
      factsOf([
        CAPSIZED_AT_SIX,
        {
          outlet: 'Sound Gazette',
          published: '2034-05-10',
          text: 'The ferry Ashby Star capsized in the Holm Sound at about 11 p.m. in March 2029, when it was still in service on the Tresk run.',
        },
      ]),
    );
    expect(found).toEqual([]);
  });

  it("reads a time as the nearest verb's, and no time of deaths as a dispute", () => {
    const capsized = {
      outlet: 'Sound Gazette',
      published: '2034-05-10',
      text: 'The ferry Ashby Star capsized in the Holm Sound at 5.10 p.m. on Tuesday.',
    };
    for (const other of [
      'The ferry Ashby Star capsized in the Holm Sound on Tuesday and rescuers reached it at 9 p.m.',
      'The ferry Ashby Star, which had left Port Tresk at 3 p.m. on Tuesday, capsized in the Holm Sound.',
    ])
      expect(
        conflicting(
          factsOf([capsized, { outlet: 'Tresk Post', published: '2034-05-10', text: other }]),
        ),
      ).toEqual([]);
    // A passenger dies at the scene and a crew member in hospital hours later.
    const deaths = factsOf([
      {
        outlet: 'Holm Courier',
        published: '2034-05-10',
        text: 'Two passengers died when the ferry Ashby Star capsized at about 6 p.m. on Tuesday.',
      },
      {
        outlet: 'Tresk Post',
        published: '2034-05-10',
        text: 'A crew member of the ferry Ashby Star died in hospital at 11 p.m. on Tuesday.',
      },
    ]);
    expect(conflicting(deaths)).toEqual([]);
  });

  it('takes a time on the hour as rounded, and "a third of" as no third happening', () => {
    const rounded = factsOf([
      {
        outlet: 'Holm Courier',
        published: '2034-05-10',
        text: 'The ferry Ashby Star capsized in the Holm Sound at 6 p.m. on Tuesday.',
      },
      {
        outlet: 'Tresk Post',
        published: '2034-05-10',
        text: 'The ferry Ashby Star capsized in the Holm Sound at 6.10 p.m. on Tuesday.',
      },
    ]);
    expect(conflicting(rounded)).toEqual([]);
    const days = factsOf([
      {
        outlet: 'Holm Courier',
        published: '2034-05-10',
        text: 'The Selder footbridge collapsed on Monday, a third of its deck falling into the river.',
      },
      {
        outlet: 'Tresk Post',
        published: '2034-05-10',
        text: 'The Selder footbridge collapsed on Tuesday, the town council said.',
      },
    ]);
    expect(conflicting(days).map((fact) => fact.versions![0]!.about)).toEqual(['date']);
  });

  it('keeps apart times an hour and a half apart, whatever a time between them is put with', () => {
    // The report read first gives the time between the other two: each of those is within an
    // hour of it, but not of each other.
    const found = conflicting(
      factsOf(
        [
          ['2034-05-10', 'at 6.50 p.m.'],
          ['2034-05-11', 'at about 6 p.m.'],
          ['2034-05-11', 'at about 7.30 p.m.'],
        ].map(([published, time], i) => ({
          outlet: ['Holm Courier', 'Sound Gazette', 'Tresk Post'][i]!,
          published: published!,
          text: `The ferry Ashby Star capsized in the Holm Sound ${time} on 9 May.`,
        })),
      ),
    );
    expect(found).toHaveLength(1);
  });

  it('reads "about" to a time’s precision and "shortly after" as after', () => {
    const clocks = (first: string, second: string) =>
      conflicting(
        factsOf(
          [first, second].map((time, i) => ({
            outlet: ['Holm Courier', 'Sound Gazette'][i]!,
            published: '2034-05-10',
            text: `The ferry Ashby Star capsized in the Holm Sound ${time} on 9 May.`,
          })),
        ),
      ).length;
    // "About 6.25" is no later than about 6.40; "shortly after 7" is no earlier than 7.
    expect(clocks('at about 6.25 p.m.', 'shortly after 7 p.m.')).toBe(1);
    expect(clocks('at about 6.40 p.m.', 'shortly after 6 p.m.')).toBe(0);
    expect(clocks('at about 6 p.m.', 'at 6.50 p.m.')).toBe(0);
    expect(clocks('just before 7 p.m.', 'at 7.10 p.m.')).toBe(1);
  });

  it('reads "the blast happened at" as the time of an explosion', () => {
    const found = conflicting(
      factsOf([
        {
          outlet: 'Holm Courier',
          published: '2034-05-10',
          text: 'The blast at the Tarn paint works happened at about 2.10 p.m. on Tuesday, the fire service said.',
        },
        {
          outlet: 'Sound Gazette',
          published: '2034-05-10',
          text: 'The explosion at the Tarn paint works occurred shortly after 4 p.m. on Tuesday, the fire service said.',
        },
      ]),
    );
    expect(found.map((fact) => fact.versions![0]!.about)).toEqual(['time']);
  });
});
