import { describe, expect, it } from 'vitest';
import { textLayer } from '../../../src/analyze/text/text-layer.js';
import { chronoWindowDates } from '../../../src/analyze/times/chrono-candidates.js';
import { plainWindowDates } from '../../../src/analyze/times/plain-window.js';
import { sentenceOf, tokenView } from '../../../src/analyze/times/token-view.js';

// Sentences around the shapes read without chrono, and around the neighbours that change how
// chrono reads them: every window read without chrono must give chrono's dates exactly.
const SENTENCES = [
  'Talks in Lisbon collapsed on Wednesday night, with the union walking out.',
  'The port reopened on Tuesday morning after 14 days.',
  'The ministry said on Aug. 2, 1990, that the U.S. had agreed.',
  'Valencia — 14 May 2031 — the strike began.',
  'On Saturday, April 25, the court ruled; on Friday Oct. 13 it met again.',
  'The vote (Monday) was close, and the vote , Monday was closer.',
  'They met Monday EST and left at 10 p.m. on Friday.',
  'By the end of June it was over; at the end of may they left.',
  'The march of time, and the June-end deadline, passed in July.',
  'Grigoropoulos, 15, on Saturday sparked riots that lasted 10 to 12 days.',
  'Until next Monday they wait; last Monday they met; this Monday is hot.',
  'Park Min-jun, a spokesman, said in Aug. that prices rose in Sept, not jun.',
  'Some 8,000 people marched on Monday, officials said, and 23 were held.',
  'By Thursday morning 23 vessels were anchored off the coast.',
  'The first time since April 9 was the second day of the strike on Tuesday.',
  'Shares fell 7/8 Thursday and 3.5 percent on Feb. 29 after June 31.',
  'The deal, signed yesterday, takes effect tomorrow and ends March 1, 2011.',
];

function windows(
  text: string,
): Array<{ from: number; to: number; view: ReturnType<typeof tokenView> }> {
  const view = tokenView(textLayer(text));
  const found: Array<{ from: number; to: number; view: typeof view }> = [];
  for (const i of view.anchors.calendar) {
    const [first, last] = sentenceOf(view, i);
    for (const [before, after] of [
      [3, 7],
      [1, 2],
      [0, 1],
      [5, 10],
    ] as const) {
      const from = Math.max(first, i - before);
      const to = Math.min(last, i + after);
      if (to > from) found.push({ from, to, view });
    }
  }
  return found;
}

describe('plainWindowDates', () => {
  it('reads every window it takes as chrono does', () => {
    let plain = 0;
    for (const sentence of SENTENCES) {
      for (const { view, from, to } of windows(sentence)) {
        const dates = plainWindowDates(view, from, to);
        if (!dates) continue;
        plain++;
        expect(dates).toEqual(chronoWindowDates(view, from, to));
      }
    }
    expect(plain).toBeGreaterThan(50);
  });

  it('reads plain weekdays and calendar dates without chrono', () => {
    const text = 'The union said on Wednesday night that talks would resume on Aug. 2, 2031.';
    const view = tokenView(textLayer(text));
    const dates = plainWindowDates(view, 0, view.tokens.length);
    expect(dates?.map((date) => text.slice(date.start, date.end))).toEqual([
      'Wednesday night',
      'Aug. 2, 2031',
    ]);
    expect(dates?.[1]?.parsed).toMatchObject({ year: 2031, month: 8, day: 2 });
  });

  it('leaves to chrono what it cannot be sure of', () => {
    const text = 'They met at 5 on Monday.';
    const view = tokenView(textLayer(text));
    expect(plainWindowDates(view, 0, view.tokens.length)).toBeNull();
  });
});
