/** A calendar day, counted in UTC so that no time zone shifts it. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** The day an ISO 8601 value starts with ("2031-04-02", "2031-04-02T10:00"), or null. */
export function dayFromIso(iso: string | null): Day | null {
  if (!iso || iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return null;
  const found = { year, month, day };
  return isValidDay(found) ? found : null;
}

/** The number written by the digits of `text` in [from, to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

export function isValidDay({ year, month, day }: Day): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: those keep its answer.
  if (month !== 2 || year < 100) {
    if (month >= 1 && month <= 12 && year >= 100) return MONTH_LENGTHS[month - 1]!;
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function toUtc({ year, month, day }: Day): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  return fromUtc(new Date(toUtc(day).getTime() + days * MS_PER_DAY));
}

export function addMonths({ year, month }: Day, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday, as chrono and Date count. */
export function weekdayOf(day: Day): number {
  return toUtc(day).getUTCDay();
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isoWeek(day: Day): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const ordinal = daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday);
  return { year: thursday.year, week: Math.floor(ordinal / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const formatDay = (day: Day): string =>
  `${formatMonth(day.year, day.month)}-${pad(day.day)}`;
export const formatQuarter = (year: number, quarter: number): string =>
  `${pad(year, 4)}-Q${quarter}`;

export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function formatTime(day: Day, hour: number, minute: number): string {
  return `${formatDay(day)}T${pad(hour)}:${pad(minute)}`;
}
