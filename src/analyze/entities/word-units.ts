import type { TextLayer } from '../../model/analysis.js';

/**
 * A word as a reader sees it: tokens glued by hyphens with no space ("Min-jun", "al-Assad",
 * "Secretary-General") form one unit, since the tokenizer splits them.
 */
export class WordUnit {
  private lowerText: string | null = null;
  constructor(
    /** First and last token index (inclusive). */
    readonly first: number,
    readonly last: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}

  /** The text in lower case, made on first use (most units never need it). */
  get lower(): string {
    return (this.lowerText ??= lowerOf(this.text));
  }
}

function isHyphen(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Lower case without a new string for words already in lower case (most of them). */
export function lowerOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
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
      tokens[last + 1]!.start === tokens[last]!.end &&
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
    units.push(new WordUnit(i, last, start, end, value));
    i = last + 1;
  }
  return units;
}
