import type { TextLayer, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { type Anchors, scanAnchors } from './scan-anchors.js';
import { FormMemo } from '../text/form-memo.js';
import { bareWord } from './time-words.js';

/**
 * The article's tokens as the time rules read them. Only the tokens that can start a temporal
 * expression are listed up front (`anchors`); words and sentence bounds are worked out on demand
 * around them, so an article without dates costs one cheap pass.
 */
export interface TokenView {
  text: string;
  tokens: Token[];
  forms: number[];
  sentences: Span[];
  anchors: Anchors;
}

export function tokenView(layer: TextLayer): TokenView {
  return {
    text: layer.text,
    tokens: layer.tokens,
    forms: layer.forms,
    sentences: layer.sentences,
    anchors: scanAnchors(layer.tokens, layer.forms),
  };
}

const BARE_WORDS = new FormMemo((text) => bareWord(text.toLowerCase()));

/** The lower-cased bare word of token `i` ("sept" for "Sept."), or '' outside the text. */
export function wordAt(view: TokenView, i: number): string {
  if (i < 0 || i >= view.tokens.length) return '';
  return BARE_WORDS.at(view, i);
}

/** The index of the first token that ends after `offset`. */
export function tokenAt(view: TokenView, offset: number): number {
  let low = 0;
  let high = view.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (view.tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first and (exclusive) last token index of the sentence that holds token `i`. */
export function sentenceOf(view: TokenView, i: number): [number, number] {
  const offset = view.tokens[i]!.start;
  let low = 0;
  let high = view.sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (view.sentences[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  const sentence = view.sentences[low];
  if (!sentence) return [i, i + 1];
  return [Math.min(i, tokenAt(view, sentence.start)), Math.max(i + 1, tokenAt(view, sentence.end))];
}
