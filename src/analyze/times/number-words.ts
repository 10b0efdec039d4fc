import { cardinalValue } from '../text/number-words.js';

/** The value of a count before a time unit: a number, or "a"/"an" ("a week"), "couple". */
export function numberOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  if (lower === 'couple') return 2;
  return cardinalValue(lower);
}

/** Words that stand for a count but say no number: the value stays unknown. */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'numerous']);
