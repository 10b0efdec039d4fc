import type { ParsedResult } from 'chrono-node';
import { chronoParser } from './chrono-parser.js';
import { type Components, context, valueOf } from './date-components.js';
import { plainWindowDates, type WindowDate } from './plain-window.js';
import type { Candidate } from './time-candidate.js';
import type { TokenView } from './token-view.js';
import { CASUAL_DAYS, endsWord, LOWER_MONTH } from './time-words.js';

// chrono's results are anchored to this instant; every value that depends on it is recomputed.
const ANCHOR = new Date(Date.UTC(2000, 0, 1, 12));

const LEADING_WORDS =
  /^(?:(?:on|at|in|by|since|until|till|from|during|of|for|before|after|the)\s+)+/i;
const TRAILING = /[\s,;:.]+$/;
const VAGUE = /^(?:now|right now)$/i;
// "may", "march", "sun" in lower case are verbs and nouns, not calendar names.
const COMMON_WORDS = /^(?:may|march|mar|sun|sat|wed|dec|jan|second)$/;
// "By Thursday morning 23 vessels were anchored": a bare number after a part of the day counts
// something; chrono reads it as the hour.
const COUNT_AFTER_PART_OF_DAY = /(?:morning|afternoon|evening|night)\s+\d{1,2}$/i;

function componentsOf(result: ParsedResult): Components {
  const start = result.start;
  const known = (key: Parameters<typeof start.get>[0]): number | null =>
    start.isCertain(key) ? (start.get(key) ?? null) : null;
  const lower = result.text.toLowerCase();
  const casual = Object.keys(CASUAL_DAYS).find((word) => lower.includes(word));
  return {
    year: known('year'),
    month: known('month'),
    day: known('day'),
    weekday: known('weekday'),
    hour: known('hour'),
    minute: known('hour') === null ? null : (start.get('minute') ?? 0),
    casualDays: casual === undefined ? null : CASUAL_DAYS[casual]!,
    modifier: /\b(?:last|past|previous)\b/.test(lower)
      ? 'last'
      : /\b(?:next|coming)\b/.test(lower)
        ? 'next'
        : null,
    yearShift: null,
  };
}

/** The dates chrono reads in the window of tokens [from, to). */
export function chronoWindowDates(view: TokenView, from: number, to: number): WindowDate[] {
  const dates: WindowDate[] = [];
  const offset = view.tokens[from]!.start;
  const slice = view.text.slice(offset, view.tokens[to - 1]!.end);
  for (const result of chronoParser().parse(slice, { instant: ANCHOR, timezone: 0 })) {
    const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
    let text = result.text.slice(lead).replace(TRAILING, '');
    if (!text || VAGUE.test(text) || COMMON_WORDS.test(text) || LOWER_MONTH.test(text)) continue;
    const start = offset + result.index + lead;
    if (endsWord(view.text, start)) continue;
    const parsed = componentsOf(result);
    if (COUNT_AFTER_PART_OF_DAY.test(text)) {
      text = text.replace(/\s+\d{1,2}$/, '');
      parsed.hour = parsed.minute = null;
    }
    dates.push({ start, end: start + text.length, parsed });
  }
  return dates;
}

/**
 * Calendar dates and clock times in the given token windows only: plain phrases read directly,
 * the rest by chrono.
 */
export function chronoCandidates(view: TokenView, windows: Array<[number, number]>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [from, to] of windows) {
    const dates = plainWindowDates(view, from, to) ?? chronoWindowDates(view, from, to);
    for (const { start, end, parsed } of dates) {
      const around = context(view, start, end);
      const c: Components = {
        ...parsed,
        modifier: parsed.modifier ?? around.modifier,
        yearShift: around.yearShift,
      };
      candidates.push({ kind: 'date', start, end: around.end, resolve: (env) => valueOf(c, env) });
    }
  }
  return candidates;
}
