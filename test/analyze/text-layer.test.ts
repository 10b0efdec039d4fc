import { describe, expect, it } from 'vitest';
import { textLayer } from '../../src/analyze/text/text-layer.js';

describe('textLayer', () => {
  it('gives offsets that match the text exactly, and merges sentences split after titles', () => {
    const text = `LISBON — Adm. Ana Duarte of the U.S. Navy said: ''We stay.''\n\n“It's over,” Gen. Lee said. The talks ended`;
    const layer = textLayer(text);
    for (const token of layer.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(layer.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      `LISBON — Adm. Ana Duarte of the U.S. Navy said: ''We stay.''`,
      "“It's over,” Gen. Lee said.",
      'The talks ended',
    ]);
    expect(layer.tokens.find((t) => t.text === 'said')?.lemma).toBe('say');
  });

  it('never lets a sentence cross a paragraph break', () => {
    const text = 'A headline without a stop\n\nThe body starts here.';
    expect(textLayer(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'A headline without a stop',
      'The body starts here.',
    ]);
  });

  it('accepts empty text', () => {
    expect(textLayer('')).toMatchObject({ tokens: [], sentences: [], paragraphs: [] });
  });
});
