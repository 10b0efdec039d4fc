import { describe, expect, it } from 'vitest';
import { ColdTexts } from '../../src/stories/cold-texts.js';

describe('ColdTexts', () => {
  it('reads back every text as written, whatever its units', () => {
    const texts = new ColdTexts();
    const reference: string[] = [];
    const samples = [
      '',
      'plain',
      JSON.stringify({ profile: '\u0000\u0001\uffff\ud800 lone', date: null }),
      // Packed counts are any UTF-16 units, lone surrogates included.
      String.fromCharCode(0xd800, 0x41, 0xdc00, 0xdfff, 0xd83d, 0xde00, 0),
      'é'.repeat(5000),
    ];
    for (let n = 0; n < 200; n++) reference.push(samples[n % samples.length]! + n);
    const numbers = reference.map((text) => texts.write(text));
    expect(numbers).toEqual(reference.map((_, n) => n));
    expect(texts.size).toBe(reference.length);
    reference.forEach((text, n) => expect(texts.read(n)).toBe(text));
  });

  it('starts a new block for a text that does not fit, and one of its own for a large one', () => {
    const texts = new ColdTexts();
    const large = 'x'.repeat((1 << 23) + 10); // more bytes than a block
    const first = texts.write('a');
    const second = texts.write(large);
    const third = texts.write('b');
    expect([texts.read(first), texts.read(second), texts.read(third)]).toEqual(['a', large, 'b']);
    expect(texts.capacity).toBeGreaterThanOrEqual(2 * large.length);
  });

  it('refuses a number it never gave', () => {
    const texts = new ColdTexts();
    texts.write('a');
    expect(() => texts.read(1)).toThrow(RangeError);
    expect(() => texts.read(-1)).toThrow(RangeError);
  });

  it('writes a text again in its old room when it fits there, else in new room', () => {
    const texts = new ColdTexts();
    const first = texts.write('first text');
    const second = texts.write('second');
    expect(texts.rewrite(first, 'first')).toBe(first);
    expect(texts.rewrite(first, 'first text')).toBe(first);
    expect(texts.read(first)).toBe('first text');
    expect(texts.read(second)).toBe('second');
    const moved = texts.rewrite(second, 'second, longer');
    expect(moved).toBe(2);
    expect(texts.read(moved)).toBe('second, longer');
    expect(texts.size).toBe(3);
  });
});
