import { formatYear } from './calendar.js';
import type { Candidate } from './time-candidate.js';
import { isYearNumber } from './token-words.js';
import { type TokenView, wordAt } from './token-view.js';

const CURRENCIES = new Set([
  '$',
  '£',
  '€',
  '¥',
  'us$',
  'no',
  '#',
  'number',
  'about',
  'nearly',
  'some',
  'than',
]);
const MEASURES = new Set(['%', 'percent', 'per']);

/** A number that reads as a year: not money, a share, or a count of something ("2000 workers"). */
function isYear(view: TokenView, i: number): boolean {
  if (CURRENCIES.has(wordAt(view, i - 1)) || MEASURES.has(wordAt(view, i + 1))) return false;
  const next = view.tokens[i + 1];
  return (
    !next ||
    next.pos !== 'NOUN' ||
    !next.text.endsWith('s') ||
    /^(?:results|earnings|levels)$/i.test(next.text)
  );
}

/** The decade of "the 1980s" (`198`) or "the '80s", whose century is left to the reference. */
function decadeOf(word: string): { century: string | null; digit: string } | null {
  const full = /^(1\d|20)(\d)0'?s$/.exec(word);
  if (full) return { century: full[1]!, digit: full[2]! };
  const short = /^'(\d)0s$/.exec(word);
  return short ? { century: null, digit: short[1]! } : null;
}

/** Bare years ("since 2019", "in 2029") at year granularity, and decades ("the 1980s" → `198`). */
export function bareYears(view: TokenView): Candidate[] {
  const candidates: Candidate[] = [];
  for (const i of view.anchors.years) {
    const word = wordAt(view, i);
    const token = view.tokens[i]!;
    if (isYearNumber(word)) {
      if (!isYear(view, i)) continue;
      const value = formatYear(Number(word));
      candidates.push({ kind: 'date', start: token.start, end: token.end, resolve: () => value });
      continue;
    }
    if (!word.endsWith('0s')) continue;
    const decade = decadeOf(word.replace(/^(?:early|late|mid)-/, ''));
    if (!decade) continue;
    candidates.push({
      kind: 'date',
      start: token.start,
      end: token.end,
      resolve: (env) => {
        if (decade.century) return `${decade.century}${decade.digit}`;
        // "the '80s": the last such decade before the reference.
        const year = env.reference?.year ?? 1999;
        const century = Math.floor(year / 100) - (Number(decade.digit) * 10 > year % 100 ? 1 : 0);
        return `${century}${decade.digit}`;
      },
    });
  }
  return candidates;
}
