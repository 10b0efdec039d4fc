import {
  addDays,
  addMonths,
  type Day,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  quarterOf,
  weekdayOf,
} from './calendar.js';
import type { Candidate, ResolveEnv } from './time-candidate.js';
import { PARTS_OF_DAY, SEASONS } from './time-words.js';
import { type TokenView, wordAt } from './token-view.js';

type Shift = -1 | 0 | 1;

const SHIFTS: Record<string, Shift> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
};
const PERIODS = new Set([
  'week',
  'month',
  'year',
  'quarter',
  'weekend',
  ...Object.keys(SEASONS),
  ...PARTS_OF_DAY,
]);
const DAY_PARTS = new Set(PARTS_OF_DAY);
// "earlier this year", "late last month", "mid-next year": the same period, said more vaguely.
const HEDGES = new Set(['earlier', 'later', 'early', 'late', 'mid']);

/** TimeML's weekend of a week (`2031-W14-WE`): this weekend is the coming one unless the verb is past. */
function weekendOf(reference: Day, shift: Shift, env: ResolveEnv): string {
  const saturdayBack = (weekdayOf(reference) + 1) % 7;
  const lastSaturday = addDays(reference, -saturdayBack);
  const during = saturdayBack <= 1;
  const past = shift === -1 || (shift === 0 && (during || env.tense() !== 'future'));
  const saturday = past ? lastSaturday : addDays(lastSaturday, 7);
  return `${formatWeek(saturday)}-WE`;
}

function periodValue(period: string, shift: Shift, env: ResolveEnv): string | null {
  const reference = env.reference;
  if (!reference) return null;
  if (DAY_PARTS.has(period)) return formatDay(addDays(reference, shift));
  switch (period) {
    case 'week':
      return formatWeek(addDays(reference, 7 * shift));
    case 'month': {
      const { year, month } = addMonths(reference, shift);
      return formatMonth(year, month);
    }
    case 'year':
      return formatYear(reference.year + shift);
    case 'quarter': {
      const { year, month } = addMonths(reference, 3 * shift);
      return formatQuarter(year, quarterOf(month));
    }
    case 'weekend':
      return weekendOf(reference, shift, env);
    default:
      return `${formatYear(reference.year + shift)}-${SEASONS[period]}`;
  }
}

/** "last month", "this week", "earlier this year", "next quarter", "the weekend": one period from the reference. */
export function relativePeriods(view: TokenView): Candidate[] {
  const candidates: Candidate[] = [];
  for (const i of view.anchors.periods) {
    const period = wordAt(view, i);
    if (!PERIODS.has(period)) continue;
    let first = i - 1;
    const determiner = wordAt(view, first);
    if (determiner === 'the' && (wordAt(view, i + 1) === 'of' || period !== 'weekend')) continue;
    const bare = determiner === 'the';
    // "the morning" alone names no day; "this morning", "last night" do.
    if (bare && DAY_PARTS.has(period)) continue;
    if (!Object.hasOwn(SHIFTS, determiner) && !bare) continue;
    const shift = bare ? 0 : SHIFTS[determiner]!;
    // "the next morning", "the previous evening" count from a day the story named, not from today.
    if (DAY_PARTS.has(period) && wordAt(view, first - 1) === 'the') continue;
    if (wordAt(view, first - 1) === 'the' && !bare) first--;
    if (HEDGES.has(wordAt(view, first - 1))) first--;
    candidates.push({
      kind: 'date',
      start: view.tokens[first]!.start,
      end: view.tokens[i]!.end,
      resolve: (env) => periodValue(period, shift, env),
    });
  }
  return candidates;
}
