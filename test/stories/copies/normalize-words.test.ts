import { describe, expect, it } from 'vitest';
import { normalizeWords } from '../../../src/stories/copies/normalize-words.js';

describe('normalizeWords', () => {
  it('folds case, accents, quote marks, apostrophes and punctuation', () => {
    expect(normalizeWords('“Norway’s” ALCÂNTARA — «ferry»!')).toEqual([
      'norways',
      'alcantara',
      'ferry',
    ]);
    expect(normalizeWords("\"Norway's\" Alcantara - ''ferry''")).toEqual(
      normalizeWords('“Norway’s” Alcântara – ‘‘ferry’’'),
    );
  });

  it('reads digit groups as one number whichever separator is used', () => {
    expect(normalizeWords('4,800 boxes, 4.800 boxes, 4 800 boxes')).toEqual([
      '4800',
      'boxes',
      '4800',
      'boxes',
      '4',
      '800',
      'boxes',
    ]);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(normalizeWords('')).toEqual([]);
    expect(normalizeWords(' — “ ” … ')).toEqual([]);
  });
});
