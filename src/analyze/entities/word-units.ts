import type { TextLayer } from '../../model/analysis.js';
import { lowerOf } from '../text/char-class.js';
import { FormMemo } from '../text/form-memo.js';
import { LOWER_FORMS } from '../text/lemma.js';

export { lowerOf };

/**
 * A word as a reader sees it: tokens glued by hyphens with no space ("Min-jun", "al-Assad",
 * "Secretary-General") form one unit, since the tokenizer splits them.
 */
export class WordUnit {
  // Declared, and set in the constructor: defined class fields cost a define per field on each
  // unit made, a twentieth of the entity pass.
  /** First and last token index (inclusive). */
  declare readonly first: number;
  declare readonly last: number;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  /** The token's form (`TextLayer.forms`) for a one-token unit, -1 for a glued one. */
  declare readonly form: number;
  declare private lowerText: string | null;

  constructor(first: number, last: number, start: number, end: number, text: string, form: number) {
    this.first = first;
    this.last = last;
    this.start = start;
    this.end = end;
    this.text = text;
    this.form = form;
    this.lowerText = null;
  }

  /** The text in lower case, made on first use (most units never need it). */
  get lower(): string {
    const form = this.form;
    return (this.lowerText ??=
      form < 0
        ? lowerOf(this.text)
        : (LOWER_FORMS.get(form) ?? LOWER_FORMS.learn(form, this.text)));
  }
}

function isHyphen(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011;
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
    units.push(new WordUnit(i, last, start, end, value, last === i ? layer.forms[i]! : -1));
    i = last + 1;
  }
  return units;
}

/** "the" or "The", by token form: the passes that look for "the minister" test every token. */
export const IS_THE = new FormMemo((text) => text === 'the' || text === 'The');
