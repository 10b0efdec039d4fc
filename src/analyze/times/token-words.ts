import { numberOf, VAGUE_COUNTS } from './number-words.js';
import { type TokenView, wordAt } from './token-view.js';

/** A count before a unit ("two", "40", "a", "twenty four", "a couple of"), and where it starts. */
export function countBefore(
  view: TokenView,
  unit: number,
): { first: number; value: number | null } | null {
  const i = unit - 1;
  const word = wordAt(view, i);
  if (word === 'of' && wordAt(view, i - 1) === 'couple') {
    const first = wordAt(view, i - 2) === 'a' ? i - 2 : i - 1;
    return { first, value: 2 };
  }
  if (VAGUE_COUNTS.has(word))
    return { first: wordAt(view, i - 1) === 'a' ? i - 1 : i, value: null };
  const value = numberOf(word);
  if (value === null) return null;
  const tens = numberOf(wordAt(view, i - 1));
  // "twenty four hours": a tens word before a unit word.
  if (
    tens !== null &&
    tens >= 20 &&
    tens % 10 === 0 &&
    tens < 100 &&
    value < 10 &&
    /^[a-z]+$/.test(word)
  )
    return { first: i - 1, value: tens + value };
  return { first: i, value };
}

export function isYearNumber(word: string): boolean {
  if (word.length !== 4) return false;
  const code = word.charCodeAt(0);
  if (code !== 49 && code !== 50) return false;
  if (!/^\d{4}$/.test(word)) return false;
  const year = Number(word);
  return year >= 1000 && year <= 2199;
}
