import type { TextLayer } from '../../model/analysis.js';

/**
 * A word as a reader sees it: tokens glued by hyphens with no space ("Min-jun", "al-Assad",
 * "Secretary-General") form one unit, since the tokenizer splits them.
 */
export interface WordUnit {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  lower: string;
}

function isHyphen(text: string): boolean {
  return text === '-' || text === '‐' || text === '‑';
}

export function wordUnits(layer: TextLayer): WordUnit[] {
  const { tokens, text } = layer;
  const units: WordUnit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let last = i;
    // Extend over "-X" pairs that touch on both sides.
    while (
      last + 2 < tokens.length &&
      isHyphen(tokens[last + 1]!.text) &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      tokens[last + 2]!.start === tokens[last + 1]!.end &&
      tokens[last]!.pos !== 'PUNCT' &&
      tokens[last + 2]!.pos !== 'PUNCT'
    ) {
      last += 2;
    }
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    const value = last === i ? tokens[i]!.text : text.slice(start, end);
    units.push({ first: i, last, start, end, text: value, lower: value.toLowerCase() });
    i = last + 1;
  }
  return units;
}
