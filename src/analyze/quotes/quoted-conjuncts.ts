import type { Token } from '../../model/analysis.js';
import { lowerOf } from './cues.js';

/**
 * Splits reported speech whose coordinated predicates are quoted on one side only: `said the
 * company would "cooperate fully" and would not speculate` is the company's words in part and a
 * paraphrase in part, two things a reader checks differently. Returns the token ranges, one
 * unless such a split exists. The second predicate must share the subject (start with a verb).
 */
export function quotedConjuncts(
  tokens: Token[],
  inQuote: Uint8Array,
  first: number,
  last: number,
): [number, number][] {
  for (let b = first + 2; b < last - 1; b++) {
    const word = tokens[b]!;
    if (inQuote[b] || word.pos !== 'CCONJ') continue;
    const lower = lowerOf(word.text);
    if (lower !== 'and' && lower !== 'but') continue;
    let v = b + 1;
    if (tokens[v]!.pos === 'ADV') v++;
    const predicate = tokens[v];
    if (!predicate || (predicate.pos !== 'AUX' && predicate.pos !== 'VERB')) continue;
    const leftEnd = tokens[b - 1]!.text === ',' ? b - 2 : b - 1;
    if (quoted(inQuote, first, leftEnd) === quoted(inQuote, b + 1, last)) continue;
    return [
      [first, leftEnd],
      [b + 1, last],
    ];
  }
  return [[first, last]];
}

function quoted(inQuote: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (inQuote[k]) return true;
  return false;
}
