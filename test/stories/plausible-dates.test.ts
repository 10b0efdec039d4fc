import { describe, expect, it } from 'vitest';
import { latestDay, plausibleDay } from '../../src/stories/publication-day.js';
import type { ArticleFeatures } from '../../src/stories/story.js';
import { StoryIndex } from '../../src/stories/story-index.js';
import { DEFAULT_STORY_OPTIONS } from '../../src/stories/story-options.js';
import { BRENMOUTH_STRIKE, invented } from './invented-stories.js';

/** Features of an invented event `n`, with whatever date the caller gives. */
const event = (n: number, date: string | null): ArticleFeatures => ({
  headline: `Event ${n}`,
  titled: true,
  date,
  language: 'en',
  counts: new Map([
    [`p:person ${n}`, 2],
    [`w:thing${n}`, 1],
  ]),
  notes: [],
});

describe('plausible publication days', () => {
  it.each(['2031-13-45', '9999-99-99', '2031-02-30'])(
    'treats a caller date %s that is no day as undated, and goes on with the next articles',
    (bad) => {
      const index = new StoryIndex();
      index.add('good-0', event(0, '2031-04-01'));
      const decision = index.add('bad-1', event(1, bad));
      expect(decision.notes).toContain(
        `article bad-1: published "${bad}" is not a date: treated as undated`,
      );
      expect(index.story(decision.story)).toMatchObject({ first: null, last: null });
      for (let n = 2; n < 6; n++)
        expect(index.add(`good-${n}`, event(n, `2031-04-0${n}`)).reason).toBe('new-story');
    },
  );

  it('treats a date past the latest plausible day as undated, so a typo cannot move a story', () => {
    const index = new StoryIndex({ latestDate: '2032-12-31' });
    const [first, second, third] = BRENMOUTH_STRIKE.map((draft) => invented(draft));
    const undated = index.add(first!.article.id, { ...first!.features, date: null });
    const typo = index.add(second!.article.id, { ...second!.features, date: '2199-03-01' });
    expect(typo.notes).toContain(
      `article ${second!.article.id}: published 2199-03-01 is outside 1900-01-01..2032-12-31: treated as undated`,
    );
    const real = index.add(third!.article.id, third!.features);
    expect(new Set([undated.story, typo.story, real.story]).size).toBe(1);
    expect(index.story(real.story)).toMatchObject({ first: '2032-03-03', last: '2032-03-03' });
  });

  it('takes the latest plausible day from the run time unless one is given', () => {
    const now = Date.UTC(2031, 3, 2, 12);
    expect(latestDay({ ...DEFAULT_STORY_OPTIONS, futureDays: 2 }, now)).toBe('2031-04-04');
    expect(latestDay({ ...DEFAULT_STORY_OPTIONS, latestDate: '2040-01-01' }, now)).toBe(
      '2040-01-01',
    );
  });

  it('treats the epoch day and years before 1900 as unknown', () => {
    const range = { ...DEFAULT_STORY_OPTIONS, latestDate: '2032-12-31' };
    for (const [value, reason] of [
      ['1970-01-01T00:00:00Z', "1970-01-01 is the epoch's first day"],
      ['0001-01-01', '0001-01-01 is outside 1900-01-01..2032-12-31'],
      ['2199-06-01', '2199-06-01 is outside'],
    ] as const) {
      const notes: string[] = [];
      expect(plausibleDay(value, range, notes)).toBeNull();
      expect(notes.join(' ')).toContain(reason);
    }
    expect(plausibleDay('2031-04-02T09:00:00Z', range, [])).toBe('2031-04-02');
  });
});
