import type { Article } from '../model/article.js';
import { dayOf } from './story-dates.js';
import type { StoryOptions } from './story-options.js';

/** The options that bound a plausible publication day. */
export type DayRange = Pick<StoryOptions, 'earliestDate' | 'latestDate' | 'futureDays'>;

const DAY_MS = 86_400_000;
/** The first day of the Unix epoch: what a missing timestamp read as 0 becomes, not a real day. */
const EPOCH_DAY = '1970-01-01';

/**
 * The latest plausible publication day: `latestDate` when given, else `futureDays` past `now`
 * (the run's time): nothing is published after it is read, but a clock or a time zone may be off.
 */
export function latestDay(range: DayRange, now: number = Date.now()): string {
  if (range.latestDate !== null) return range.latestDate;
  const latest = new Date(now + range.futureDays * DAY_MS);
  return Number.isNaN(latest.getTime()) ? '9999-12-31' : latest.toISOString().slice(0, 10);
}

/**
 * The `YYYY-MM-DD` day of a date when it is a real day within the plausible range, else null
 * with the reason in `notes`: a wrong date would shut an article out of its story's time window,
 * or pull a story's range to a year it never saw.
 */
export function plausibleDay(
  value: string | null | undefined,
  range: DayRange,
  notes: string[],
): string | null {
  if (!value) {
    notes.push('no publication date: matched on content alone');
    return null;
  }
  const day = dayOf(value);
  if (!day) {
    notes.push(`published "${value}" is not a date: treated as undated`);
    return null;
  }
  if (day === EPOCH_DAY) {
    notes.push(
      `published ${day} is the epoch's first day (a missing timestamp): treated as undated`,
    );
    return null;
  }
  const latest = latestDay(range);
  if (day < range.earliestDate || day > latest) {
    notes.push(`published ${day} is outside ${range.earliestDate}..${latest}: treated as undated`);
    return null;
  }
  return day;
}

/** The article's publication day, or null, with a note, when it has none or an implausible one. */
export function publicationDay(article: Article, range: DayRange, notes: string[]): string | null {
  return plausibleDay(article.published, range, notes);
}
