import { describe, expect, it } from 'vitest';
import { dateProblem, normalizeDate } from '../../src/ingest/normalize-date.js';

describe('normalizeDate', () => {
  it('reads ISO, RFC 822 and written-out dates', () => {
    expect(normalizeDate('2031-04-02')).toBe('2031-04-02');
    expect(normalizeDate('2031-04-02 08:15')).toMatch(/^2031-04-02T/);
    expect(normalizeDate('Wed, 02 Apr 2031 08:15:00 GMT')).toBe('2031-04-02T08:15:00Z');
    expect(normalizeDate('April 2, 2031')).toMatch(/^2031-04-0[12]/);
    expect(normalizeDate('2032-01-01T01:00:00+05:00')).toBe('2031-12-31T20:00:00Z');
  });

  it('refuses a year of the first century that the legacy parser would move to the 1900s or 2000s', () => {
    expect(normalizeDate('Sat, 01 Jan 0049 00:00:00 GMT')).toBeNull();
    expect(dateProblem('Sat, 01 Jan 0049 00:00:00 GMT')).toBe(
      'the year 0049 would be read as 2049',
    );
    expect(normalizeDate('Fri, 01 Jan 0099 00:00:00 GMT')).toBeNull();
  });

  it('refuses ISO dates whose year is not four digits', () => {
    for (const value of ['+275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z', '+002031-04-02'])
      expect([normalizeDate(value), dateProblem(value)]).toEqual([
        null,
        'the year is not written with four digits',
      ]);
    expect(dateProblem('2031-02-30')).toBe('no such day');
    expect(dateProblem('soon')).toBe('not a date format crosscheck reads');
  });
});
