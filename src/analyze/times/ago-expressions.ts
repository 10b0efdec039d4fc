import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
} from './calendar.js';
import type { Candidate, ResolveEnv } from './time-candidate.js';
import { UNITS, type Unit } from './time-words.js';
import { countBefore } from './token-words.js';
import { type TokenView, wordAt } from './token-view.js';

// "ago" counts back from the article's date; "earlier" and "later" from the date named before.
const PERIOD_NOUNS = new Set(['quarter', 'period']);
const DIRECTIONS: Record<string, -1 | 1> = { ago: -1, earlier: -1, later: 1 };

function shifted(base: Day, unit: Unit, count: number): string | null {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return formatDay(base);
    case 'day':
      return formatDay(addDays(base, count));
    case 'week':
      return formatWeek(addDays(base, 7 * count));
    case 'month': {
      const { year, month } = addMonths(base, count);
      return formatMonth(year, month);
    }
    case 'year':
      return formatYear(base.year + count);
    case 'decade':
      return formatYear(base.year + 10 * count);
    case 'century':
      return formatYear(base.year + 100 * count);
  }
}

function valueOf(env: ResolveEnv, unit: Unit, count: number | null, anchor: string): string | null {
  if (count === null || !Number.isInteger(count)) return null;
  const signed = count * DIRECTIONS[anchor]!;
  // Earnings reports compare a quarter with the same quarter "a year earlier" / "a year ago".
  if (unit === 'year' && env.lastQuarter)
    return formatQuarter(env.lastQuarter.year + signed, env.lastQuarter.quarter);
  const base = anchor === 'ago' ? env.reference : (env.lastDay ?? env.reference);
  return base && shifted(base, unit, signed);
}

/** "two days ago", "a year earlier", "three weeks later", "year-earlier": dates counted from another. */
export function agoExpressions(view: TokenView): Candidate[] {
  const candidates: Candidate[] = [];
  for (const i of view.anchors.directions) {
    const anchor = wordAt(view, i);
    if (!Object.hasOwn(DIRECTIONS, anchor)) continue;
    let u = i - 1;
    const hyphenated = wordAt(view, u) === '-';
    if (hyphenated) u--;
    const unit = UNITS[wordAt(view, u)];
    if (!unit || !Object.hasOwn(UNITS, wordAt(view, u))) continue;
    // "year-earlier results" says no count: one.
    const count = hyphenated ? { first: u, value: 1 } : countBefore(view, u);
    if (!count) continue;
    candidates.push({
      kind: 'date',
      start: view.tokens[count.first]!.start,
      end: view.tokens[PERIOD_NOUNS.has(wordAt(view, i + 1)) ? i + 1 : i]!.end,
      resolve: (env) => valueOf(env, unit, count.value, anchor),
    });
  }
  return candidates;
}
