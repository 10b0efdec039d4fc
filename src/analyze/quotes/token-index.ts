import type { TextLayer } from '../../model/analysis.js';
import { quoteScratch } from './scratch.js';

/** Where each token sits: its sentence and paragraph, and a search by offset. */
export interface TokenIndex {
  sentenceOf: Int32Array;
  paragraphOf: Int32Array;
  /** First token starting at or after `offset`. */
  at(offset: number): number;
  /** Last token ending at or before `offset`, or -1. */
  before(offset: number): number;
  /** First and last token index of sentence `s`. */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
}

/** The arrays are views into buffers reused by the next call: valid for one findQuotes call. */
export function indexTokens(layer: TextLayer): TokenIndex {
  const { tokens, sentences, paragraphs } = layer;
  const n = tokens.length;
  const sentenceOf = quoteScratch.ints(0, n);
  const paragraphOf = quoteScratch.ints(1, n);
  const sentenceFirst = quoteScratch.ints(2, sentences.length, -1);
  const sentenceLast = quoteScratch.ints(3, sentences.length, -1);
  let s = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const start = tokens[i]!.start;
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
    while (p < paragraphs.length - 1 && paragraphs[p]!.end <= start) p++;
    sentenceOf[i] = s;
    paragraphOf[i] = p;
    if (sentenceFirst[s] === -1) sentenceFirst[s] = i;
    sentenceLast[s] = i;
  }
  const at = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const before = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return { sentenceOf, paragraphOf, at, before, sentenceFirst, sentenceLast };
}
