import { addDays, type Day, formatDay, formatMonth, formatTime } from './calendar.js';
import {
  weekdayOccurrence,
  type WeekdayModifier,
  yearOfMonth,
  yearOfMonthAfterModifier,
} from './resolve-by-tense.js';
import type { ResolveEnv } from './time-candidate.js';
import { tokenAt, type TokenView, wordAt } from './token-view.js';

/** What a date names of the calendar, before the reference date and the verb fill in the rest. */
export interface Components {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  hour: number | null;
  minute: number | null;
  casualDays: number | null;
  modifier: WeekdayModifier;
  /** "July last year": the year given by a relative phrase after the date. */
  yearShift: -1 | 0 | 1 | null;
}

/** Components with nothing known, to spread known parts over. */
export const EMPTY_COMPONENTS: Components = {
  year: null,
  month: null,
  day: null,
  weekday: null,
  hour: null,
  minute: null,
  casualDays: null,
  modifier: null,
  yearShift: null,
};

export const MODIFIERS: Record<string, WeekdayModifier> = {
  last: 'last',
  past: 'last',
  previous: 'last',
  next: 'next',
  coming: 'next',
};
const YEAR_SHIFTS: Record<string, -1 | 0 | 1> = { last: -1, this: 0, next: 1 };

/** The words around a parsed date that chrono leaves out: "last May", "the previous Friday", "July last year". */
export function context(
  view: TokenView,
  start: number,
  end: number,
): Pick<Components, 'modifier' | 'yearShift'> & { end: number } {
  const first = tokenAt(view, start);
  const last = tokenAt(view, end - 1);
  const before = wordAt(view, first - 1);
  const modifier = Object.hasOwn(MODIFIERS, before) ? MODIFIERS[before]! : null;
  const shiftWord = wordAt(view, last + 1);
  if (Object.hasOwn(YEAR_SHIFTS, shiftWord) && wordAt(view, last + 2) === 'year')
    return { modifier, yearShift: YEAR_SHIFTS[shiftWord]!, end: view.tokens[last + 2]!.end };
  return { modifier, yearShift: null, end };
}

function yearOf(c: Components, reference: Day, env: ResolveEnv): number {
  if (c.yearShift !== null) return reference.year + c.yearShift;
  if (c.modifier) return yearOfMonthAfterModifier(reference, c.month!, c.modifier);
  return yearOfMonth(reference, c.month!, c.day, env.tense());
}

function dayOf(c: Components, env: ResolveEnv): Day | null {
  const reference = env.reference;
  if (c.casualDays !== null) return reference && addDays(reference, c.casualDays);
  if (c.month !== null && c.day !== null) {
    const year = c.year ?? (reference && yearOf(c, reference, env));
    return year === null ? null : { year, month: c.month, day: c.day };
  }
  if (c.weekday !== null)
    return reference && weekdayOccurrence(reference, c.weekday, env.tense(), c.modifier);
  return c.hour !== null ? reference : null;
}

export function valueOf(c: Components, env: ResolveEnv): string | null {
  if (c.month !== null && c.day === null && c.casualDays === null) {
    const year = c.year ?? (env.reference && yearOf(c, env.reference, env));
    return year === null ? null : formatMonth(year, c.month);
  }
  const day = dayOf(c, env);
  if (!day) return null;
  return c.hour === null ? formatDay(day) : formatTime(day, c.hour, c.minute ?? 0);
}
