import type { Duration, TextLayer, TimeExpression } from '../../model/analysis.js';
import type { Sections } from '../../model/article.js';
import { agoExpressions } from './ago-expressions.js';
import { bareYears } from './bare-years.js';
import { type Day, dayFromIso, formatDay } from './calendar.js';
import { calendarWordDates } from './calendar-word-dates.js';
import { findDurations } from './find-durations.js';
import { keepLongest } from './keep-longest.js';
import { quarterExpressions } from './quarter-expressions.js';
import { relativePeriods } from './relative-periods.js';
import type { Candidate, ResolveEnv } from './time-candidate.js';
import { tokenAt, tokenView } from './token-view.js';
import { governingTense } from './verb-tense.js';
import { versionReferences } from './version-references.js';

export interface ArticleTimes {
  times: TimeExpression[];
  durations: Duration[];
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/**
 * Every date and time in an article with its ISO 8601 value at its own granularity, resolved
 * against the article's date (or the date of the update that holds it), and every length of time.
 */
export function findTimes(
  article: { text: string; published: string | null; sections: Sections },
  layer: TextLayer,
): ArticleTimes {
  const view = tokenView(layer);
  const dates = keepLongest([
    ...calendarWordDates(view),
    ...relativePeriods(view),
    ...quarterExpressions(view),
    ...agoExpressions(view),
    ...bareYears(view),
  ]);
  const versions = versionReferences(article.text, article.published, article.sections);
  let version = 0;
  const env: ResolveEnv = {
    reference: null,
    tense: () => 'unknown',
    lastQuarter: null,
    lastDay: null,
  };
  const times: TimeExpression[] = [];
  const published = dayFromIso(article.published);
  // The reference changes only between versions: its text is written once for each.
  let formatted: Day | null | undefined;
  let reference: string | null = null;
  for (const date of dates) {
    while (version < versions.length - 1 && versions[version]!.end <= date.start) version++;
    env.reference = versions[version]?.reference ?? published;
    env.tense = lazyTense(view, date);
    const value = date.resolve(env);
    remember(env, value, date.namesQuarter === true);
    if (env.reference !== formatted) {
      formatted = env.reference;
      reference = formatted ? formatDay(formatted) : null;
    }
    times.push({
      start: date.start,
      end: date.end,
      text: article.text.slice(date.start, date.end),
      value,
      reference,
    });
  }
  const durations = outside(findDurations(view), dates).map((duration) => ({
    start: duration.start,
    end: duration.end,
    text: article.text.slice(duration.start, duration.end),
    value: duration.resolve(env),
  }));
  return { times, durations };
}

function lazyTense(view: ReturnType<typeof tokenView>, date: Candidate): ResolveEnv['tense'] {
  let tense: ReturnType<ResolveEnv['tense']> | null = null;
  return () =>
    (tense ??= governingTense(view, tokenAt(view, date.start), tokenAt(view, date.end - 1) + 1));
}

function remember(env: ResolveEnv, value: string | null, namesQuarter: boolean): void {
  if (!value) return;
  const quarter = namesQuarter ? QUARTER_VALUE.exec(value) : null;
  if (quarter) env.lastQuarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const day = value.length >= 10 ? dayFromIso(value) : null;
  if (day) env.lastDay = day;
}

/** Durations that no date covers: "two days" inside "two days ago" is part of a date. */
function outside(durations: Candidate[], dates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let d = 0;
  for (const duration of durations) {
    while (d < dates.length && dates[d]!.end <= duration.start) d++;
    const date = dates[d];
    if (!date || date.start >= duration.end) kept.push(duration);
  }
  return kept;
}
