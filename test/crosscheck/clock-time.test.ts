import { describe, expect, it } from 'vitest';
import { textLayer } from '../../src/analyze/text/text-layer.js';
import { buildClaims } from '../../src/crosscheck/claims/build-claims.js';
import { storyArticles } from './invented-reports.js';

/** The once-only happening of the first claim of one invented report of Wednesday 2034-06-14. */
const happeningOf = (text: string) => {
  const [item] = storyArticles([{ outlet: 'Fenwick Gazette', published: '2034-06-14', text }]);
  return buildClaims(item!, textLayer(text), 0, 0)[0]!.datedEvent;
};

describe('the time of day of a once-only happening', () => {
  it('reads the words that make a time approximate, and whether a day is given', () => {
    expect(happeningOf('The Fenwick ferry capsized shortly after 6 p.m.')).toMatchObject({
      day: null,
      clock: { minutes: 18 * 60, approximate: true, dayGiven: false, text: 'shortly after 6 p.m.' },
    });
    expect(happeningOf('The Fenwick ferry capsized at 7.30 p.m. on Tuesday.')).toMatchObject({
      day: '2034-06-13',
      clock: { minutes: 19 * 60 + 30, approximate: false, dayGiven: true },
    });
    expect(happeningOf('A goods train derailed near Fenwick at around 9 a.m.')).toMatchObject({
      verb: 'derail',
      clock: { minutes: 9 * 60, approximate: true, text: 'around 9 a.m.' },
    });
  });

  it('reads a time zone as no day', () => {
    expect(happeningOf('The Fenwick tower collapsed at 9:59 a.m. EDT.')?.clock?.dayGiven).toBe(
      false,
    );
  });

  it('takes an overturned ferry for a capsized one', () => {
    expect(happeningOf('The Fenwick ferry overturned at 6 p.m.')?.verb).toBe('capsize');
  });

  it('reads no time from a bound, a number taken for an hour, or a time that names a thing', () => {
    expect(happeningOf('The Fenwick ferry had sunk by 11 p.m.')?.clock ?? null).toBeNull();
    expect(happeningOf('The 6 p.m. ferry from Fenwick capsized.')?.clock ?? null).toBeNull();
    expect(
      happeningOf('The number of people killed rose to 14 on Tuesday.')?.clock ?? null,
    ).toBeNull();
  });

  it('tells nothing of a happening only asked for or one more of its kind', () => {
    expect(happeningOf('Protesters urged the mayor to resign at 6 p.m. on Tuesday.')).toBeNull();
    expect(happeningOf('A second gas tank exploded at 9 p.m. on Tuesday.')?.further).toBe(true);
  });
});
