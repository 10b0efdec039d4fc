import { describe, expect, it } from 'vitest';
import { FormMemo } from '../../src/analyze/text/form-memo.js';
import { textLayer } from '../../src/analyze/text/text-layer.js';

describe('FormMemo', () => {
  it('works a word form out once and gives the same answer for every token of it', () => {
    const seen: string[] = [];
    const memo = new FormMemo((text) => {
      seen.push(text);
      return text.length;
    });
    const layer = textLayer('The union said the union would strike. The union');
    const lengths = layer.tokens.map((_, i) => memo.at(layer, i));
    expect(lengths).toEqual(layer.tokens.map((t) => t.text.length));
    expect(seen).toEqual(['The', 'union', 'said', 'the', 'would', 'strike', '.']);
  });

  it('numbers the same text the same way in every article', () => {
    const a = textLayer('Dock workers struck.');
    const b = textLayer('The workers struck again.');
    expect(a.forms[1]).toBe(b.forms[1]);
    expect(a.forms[2]).toBe(b.forms[2]);
    expect(a.forms[0]).not.toBe(b.forms[1]);
  });
});
