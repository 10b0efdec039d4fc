import { addDays, type Day, daysBetween, quarterOf, weekdayOf } from './calendar.js';
import type { Tense } from './time-candidate.js';

/** What the words around a weekday say about which one is meant. */
export type WeekdayModifier = 'last' | 'next' | null;

/**
 * The occurrence of a bare weekday the text means. News says "said on Wednesday" for the last
 * Wednesday, that day included, and "will meet on Monday" for the next Monday, that day included.
 * Without a verb to go by, the past reading wins: news mostly reports what has happened.
 */
export function weekdayOccurrence(
  reference: Day,
  weekday: number,
  tense: Tense,
  modifier: WeekdayModifier,
): Day {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  if (modifier === 'last') return addDays(reference, -(back || 7));
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (modifier === 'next') return addDays(reference, ahead || 7);
  return tense === 'future' ? addDays(reference, ahead) : addDays(reference, -back);
}

/**
 * The year of a month (and day) named without one: the reference's, unless the tense points the
 * other way — "walked out in July" in an April article is last July, "will vote in January" in an
 * October article is next January.
 */
export function yearOfMonth(
  reference: Day,
  month: number,
  day: number | null,
  tense: Tense,
): number {
  if (day === null) {
    if (tense === 'past' && month > reference.month) return reference.year - 1;
    if (tense === 'future' && month < reference.month) return reference.year + 1;
    return reference.year;
  }
  // A day a few weeks off is this year's whatever the verb: the verb is often a reporting one.
  const distance = daysBetween(reference, { year: reference.year, month, day });
  if (tense === 'past' && distance > NEAR_DAYS) return reference.year - 1;
  if (tense === 'future' && distance < -NEAR_DAYS) return reference.year + 1;
  return reference.year;
}

const NEAR_DAYS = 31;

/** The month before or after the reference's that a "last"/"next" month name means. */
export function yearOfMonthAfterModifier(
  reference: Day,
  month: number,
  modifier: 'last' | 'next',
): number {
  if (modifier === 'last') return month < reference.month ? reference.year : reference.year - 1;
  return month > reference.month ? reference.year : reference.year + 1;
}

/** Reports of a quarter come after it, so a named quarter is this year's unless past and still ahead. */
export function yearOfQuarter(reference: Day, quarter: number, tense: Tense): number {
  return tense === 'past' && quarter > quarterOf(reference.month)
    ? reference.year - 1
    : reference.year;
}
