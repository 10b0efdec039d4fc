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

  it('ends a sentence at "p.m." before a capitalised word that tells no day or time zone', () => {
    const text =
      'The tank burst shortly after 4.10 p.m. Crews came from Tarn. It was at 9 a.m. Monday, at 5 p.m. Local time.';
    expect(textLayer(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The tank burst shortly after 4.10 p.m.',
      'Crews came from Tarn.',
      'It was at 9 a.m. Monday, at 5 p.m. Local time.',
    ]);
  });

  it('reads "4.15am" as a number and "am", within one sentence', () => {
    const text = 'The vans collided at about 4.15am on Thursday. Both drivers were hurt.';
    const layer = textLayer(text);
    expect(layer.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The vans collided at about 4.15am on Thursday.',
      'Both drivers were hurt.',
    ]);
    expect(layer.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['4.15', 'am']));
    for (const token of layer.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(layer.forms).toHaveLength(layer.tokens.length);
  });

  it('accepts empty text', () => {
    expect(textLayer('')).toMatchObject({ tokens: [], sentences: [], paragraphs: [] });
  });
});
