const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The `YYYY-MM-DD` day of an ISO date or date-time, or null when it is not one. */
export function dayOf(value: string | null | undefined): string | null {
  const match = value ? ISO_DAY.exec(value) : null;
  if (!match) return null;
  const day = match[0];
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day ? null : day;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** Days from a day to a range of days: 0 inside it. */
export function daysOutside(day: string, first: string, last: string): number {
  const at = dayNumber(day);
  const from = dayNumber(first);
  const to = dayNumber(last);
  return at < from ? from - at : at > to ? at - to : 0;
}

/** The week a day falls in, counted from 1970 (weeks start on Thursday; only their length matters). */
export function weekOf(day: string): number {
  return Math.floor(dayNumber(day) / 7);
}

/** The weeks whose days may lie within `windowDays` of a day. */
export function weeksAround(day: string, windowDays: number): number[] {
  const at = dayNumber(day);
  const weeks: number[] = [];
  for (
    let week = Math.floor((at - windowDays) / 7);
    week <= Math.floor((at + windowDays) / 7);
    week++
  )
    weeks.push(week);
  return weeks;
}

export const earlier = (a: string, b: string) => (a < b ? a : b);
export const later = (a: string, b: string) => (a > b ? a : b);

const days = new Map<string, string>();

/**
 * The one string kept for a day: every recent article and story range names a day, and a long
 * run would otherwise hold a string of its own for each (days are few, by `dayOf`'s range).
 */
export function sharedDay(day: string): string {
  let shared = days.get(day);
  if (shared === undefined) days.set(day, (shared = day));
  return shared;
}
