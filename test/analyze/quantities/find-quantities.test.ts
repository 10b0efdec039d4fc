import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/analyze/quantities/find-quantities.js';
import { numeralValue } from '../../../src/analyze/text/number-words.js';
import { textLayer } from '../../../src/analyze/text/text-layer.js';

function quantities(text: string) {
  return findQuantities(text, textLayer(text)).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    return [q.text, q.value, q.unit, q.approximate];
  });
}

describe('findQuantities', () => {
  it('reads numerals and number words with what they count', () => {
    expect(
      quantities('The navy fired two ballistic missiles and 1,200 dock workers walked out.'),
    ).toEqual([
      ['two ballistic missiles', 2, 'ballistic missiles', false],
      ['1,200 dock workers', 1200, 'dock workers', false],
    ]);
  });

  it('marks approximate and vague counts', () => {
    expect(
      quantities(
        'About 40 seconds later, tens of millions of shells had gone and nearly twenty-five vessels waited.',
      ),
    ).toEqual([
      ['About 40 seconds', 40, 'seconds', true],
      ['tens of millions of shells', 10_000_000, 'shells', true],
      ['nearly twenty-five vessels', 25, 'vessels', true],
    ]);
  });

  it('keeps two-word approximators whole', () => {
    expect(
      quantities(
        'At least six fires broke out, more than 40 ships waited and prices rose to 12 euros.',
      ),
    ).toEqual([
      ['At least six fires', 6, 'fires', true],
      ['more than 40 ships', 40, 'ships', true],
      ['12 euros', 12, 'EUR', false],
    ]);
  });

  it('reads money and percentages', () => {
    expect(
      quantities(
        'The strike cost €3 million a day, or 3.5 million euros, and 40% of ships waited.',
      ),
    ).toEqual([
      ['€3 million', 3_000_000, 'EUR', false],
      ['3.5 million euros', 3_500_000, 'EUR', false],
      ['40%', 40, '%', false],
    ]);
  });

  it('leaves years, dates, clock times and ages to others', () => {
    expect(
      quantities(
        'On April 2, 2031, at 3 p.m., a 45-year-old said the talks, begun in 2029, had failed.',
      ),
    ).toEqual([]);
  });

  it('drops a number too large to be finite', () => {
    expect(numeralValue('9'.repeat(5000))).toBeNull();
    expect(quantities(`The ledger listed ${'9'.repeat(5000)} ships and 12 crews.`)).toEqual([
      ['12 crews', 12, 'crews', false],
    ]);
    expect(quantities(`Some ${'9'.repeat(300)} billion shells.`)).toEqual([]);
  });

  it('takes no verb as a unit, except for casualties', () => {
    expect(quantities('Officer 1 said the bridge shook and the crane at berth 4 moved.')).toEqual(
      [],
    );
    expect(quantities('Gate 3 was closed and route 42 was diverted.')).toEqual([]);
    expect(quantities('By noon 90 remain, 15 dead, 3 missing, 2 killed and 12 were hurt.')).toEqual(
      [
        ['90', 90, null, false],
        ['15 dead', 15, 'dead', false],
        ['3 missing', 3, 'missing', false],
        ['2 killed', 2, 'killed', false],
        ['12', 12, null, false],
      ],
    );
  });

  it('keeps counts after time and total words, and participles before a noun', () => {
    expect(
      quantities(
        'This week 300 workers walked out and in total 40 were hurt as two firefighting tugs came.',
      ),
    ).toEqual([
      ['300 workers', 300, 'workers', false],
      ['40', 40, null, false],
      ['two firefighting tugs', 2, 'firefighting tugs', false],
    ]);
  });
});
