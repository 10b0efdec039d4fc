import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/times/find-times.js';
import { textLayer } from '../../../src/analyze/text/text-layer.js';
import { detectSections } from '../../../src/ingest/sections/detect-sections.js';

// 2031-04-02 is a Wednesday.
function times(text: string, published: string | null = '2031-04-02') {
  return findTimes({ text, published, sections: detectSections(text) }, textLayer(text));
}

function valueOf(text: string, expression: string, published: string | null = '2031-04-02') {
  const found = times(text, published).times.find((time) => time.text.includes(expression));
  return found?.value;
}

describe('findTimes', () => {
  it('reads no month in a name or a lower-case abbreviation', () => {
    const text =
      'The tow would take 30 hours, said Park Min-jun of the Velby coastguard. Talks resume on Jun. 9 and end in Aug 2031.';
    expect(times(text).times.map((time) => time.text)).toEqual(['Jun. 9', 'Aug 2031']);
    expect(times('A statement came from Lee Min-Jun of the coastguard.').times).toEqual([]);
    // A month after a hyphen that begins a date or a range is one.
    expect(valueOf('Talks are expected in mid-June 2031.', 'June')).toBe('2031-06');
    expect(times('The June-July figures were revised.').times.map((time) => time.text)).toEqual([
      'June',
      'July',
    ]);
  });

  it('reads a bare weekday by the tense of its verb', () => {
    expect(valueOf('Lena Varga said on Monday that the ferry would stay in port.', 'Monday')).toBe(
      '2031-03-31',
    );
    expect(valueOf('The Harbour Board will meet on Monday to discuss the fares.', 'Monday')).toBe(
      '2031-04-07',
    );
    expect(valueOf('The union is due to vote on Friday.', 'Friday')).toBe('2031-04-04');
    expect(valueOf('Dock workers walked out on Friday.', 'Friday')).toBe('2031-03-28');
  });

  it('reads a weekday after a present form by the sentence’s future auxiliary', () => {
    expect(
      valueOf(
        'Divers will inspect the ferry as soon as the tides ease, possibly by Friday.',
        'Friday',
      ),
    ).toBe('2031-04-04');
    expect(valueOf('Divers inspect the hull when the tides ease on Friday.', 'Friday')).not.toBe(
      '2031-04-04',
    );
    // Not past a comma, a relative pronoun or reported speech's "would".
    expect(
      valueOf('The minister said he would resign, speaking to reporters on Monday.', 'Monday'),
    ).toBe('2031-03-31');
    expect(
      valueOf('Divers who will board the ferry are examining footage from Tuesday.', 'Tuesday'),
    ).toBe('2031-04-01');
  });

  it('takes the reference day itself for its own weekday', () => {
    expect(
      valueOf('The mayor of Velmora said on Wednesday the bridge was safe.', 'Wednesday'),
    ).toBe('2031-04-02');
  });

  it('keeps the granularity of months, weeks and years', () => {
    expect(valueOf('Prices at the Corvel market rose last month.', 'last month')).toBe('2031-03');
    expect(valueOf('The Corvel plant closed earlier this year.', 'this year')).toBe('2031');
    expect(valueOf('The ministry will publish the report this week.', 'this week')).toBe(
      '2031-W14',
    );
    expect(valueOf('The new line will open in July.', 'July')).toBe('2031-07');
    expect(valueOf('The old line closed in July after a long dispute.', 'July')).toBe('2030-07');
  });

  it('reads bare years as dates with year granularity', () => {
    const { times: found } = times(
      'Ana Duarte has led the Velmora co-operative since 2019 and will retire in 2033.',
    );
    expect(found.map((time) => [time.text, time.value])).toEqual([
      ['2019', '2019'],
      ['2033', '2033'],
    ]);
  });

  it('keeps durations apart from dates and ages out of both', () => {
    const result = times(
      'The 45-year-old pilot waited for two days, then three weeks, and the alarm rang for 40 seconds.',
    );
    expect(result.times).toEqual([]);
    expect(result.durations.map((duration) => [duration.text, duration.value])).toEqual([
      ['two days', 'P2D'],
      ['three weeks', 'P3W'],
      ['40 seconds', 'PT40S'],
    ]);
  });

  it('counts "two days ago" as a date, not a duration', () => {
    const result = times('The Velmora ferry sank two days ago.');
    expect(result.times.map((time) => [time.text, time.value])).toEqual([
      ['two days ago', '2031-03-31'],
    ]);
    expect(result.durations).toEqual([]);
  });

  it('resolves an update against the update date and earlier versions against the header date', () => {
    const text = [
      'UPDATED April 6, 2031',
      '',
      'The Corvel strike ended on Friday, the union said.',
      '',
      'PREVIOUS VERSION OF STORY BELOW',
      '',
      'Corvel dock workers walked out on Friday, the union said.',
    ].join('\n');
    const found = times(text).times.filter((time) => time.text === 'Friday');
    expect(found.map((time) => [time.value, time.reference])).toEqual([
      ['2031-04-04', '2031-04-06'],
      ['2031-03-28', '2031-04-02'],
    ]);
  });

  it('reads an update line that names only a weekday', () => {
    const text =
      'Updated on Friday\n\nThe Velmora council said on Thursday that the road would reopen.';
    const thursday = times(text).times.find((time) => time.text === 'Thursday');
    expect(thursday).toMatchObject({ value: '2031-04-03', reference: '2031-04-04' });
  });

  it('leaves relative values null without a published date, but resolves absolute ones', () => {
    const { times: found } = times(
      'The Corvel board met on Monday and will report on Sept. 30, 2031.',
      null,
    );
    expect(found.map((time) => [time.text, time.value, time.reference])).toEqual([
      ['Monday', null, null],
      ['Sept. 30, 2031', '2031-09-30', null],
    ]);
  });

  it('keeps clock times with the day', () => {
    expect(valueOf('The Velmora council will vote at 3 p.m. on Friday.', '3 p.m.')).toBe(
      '2031-04-04T15:00',
    );
    // chrono fixes "last night" on its own anchor's day when a clock time comes with it.
    expect(valueOf('The fire at the Velmora depot began at 6pm last night.', '6pm')).toBe(
      '2031-04-01T18:00',
    );
  });

  it('finds nothing in text without temporal words', () => {
    expect(times('The ferry crews of Velmora asked for better pay and safer boats.')).toEqual({
      times: [],
      durations: [],
    });
  });

  it('finishes on a 5 MB text on one line', () => {
    const sentence =
      'The Corvel union said on Friday that 1200 members walked out two days ago, for three weeks';
    const text = `${sentence} `.repeat(Math.ceil(5_000_000 / (sentence.length + 1)));
    const result = times(text);
    expect(result.times.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('a count after a part of the day', () => {
  it('is no clock time', () => {
    const text =
      'By Thursday morning 23 vessels were anchored off the harbour, the port authority said.';
    const { times } = findTimes(
      { text, published: '2031-04-04', sections: { versions: [], credits: [] } },
      textLayer(text),
    );
    expect(times.map((t) => [t.text, t.value])).toEqual([['Thursday morning', '2031-04-03']]);
  });
});

describe('parts of the day', () => {
  it('resolves this morning and last night against the reference, and leaves the next morning alone', () => {
    const text =
      'The union met this morning and again last night. The talks resumed the next morning.';
    const { times } = findTimes(
      { text, published: '2031-04-03', sections: { versions: [], credits: [] } },
      textLayer(text),
    );
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ['this morning', '2031-04-03'],
      ['last night', '2031-04-02'],
    ]);
  });
});
