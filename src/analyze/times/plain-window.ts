import { lowerAt } from '../text/lemma.js';
import { type Components, EMPTY_COMPONENTS } from './date-components.js';
import { endsWord, LOWER_MONTH, MONTHS, SHORT_MONTHS, WEEKDAYS } from './time-words.js';
import type { TokenView } from './token-view.js';

/** A date read in a window: its span in the text (the words chrono would keep) and what it names. */
export interface WindowDate {
  start: number;
  end: number;
  parsed: Components;
}

const FULL_WEEKDAYS = new Map(
  Object.entries(WEEKDAYS).filter(([word]) => word.length > 5 && word.endsWith('day')),
);
const FULL_MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
// chrono's casual time of day, which it merges into the weekday before it ("Monday morning").
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
// Verbs that chrono reads as months and that the chrono path then drops: they name nothing.
const MONTH_VERBS = new Set(['may', 'march']);
// chrono's casual days, with the date it gives them against its anchor (2000-01-01).
const CASUAL_DAYS = new Map<string, Components>([
  ['today', { ...EMPTY_COMPONENTS, year: 2000, month: 1, day: 1, casualDays: 0 }],
  ['tonight', { ...EMPTY_COMPONENTS, year: 2000, month: 1, day: 1, casualDays: 0 }],
  ['yesterday', { ...EMPTY_COMPONENTS, year: 1999, month: 12, day: 31, casualDays: -1 }],
  ['tomorrow', { ...EMPTY_COMPONENTS, year: 2000, month: 1, day: 2, casualDays: 1 }],
]);
// After a number, these make chrono read it as a clock time: "5 am", "10 a.m.", "5 o'clock".
const CLOCK_SUFFIXES = new Set([
  'a',
  'p',
  'a.',
  'p.',
  'am',
  'pm',
  'a.m',
  'p.m',
  'a.m.',
  'p.m.',
  'o',
  "o'clock",
  'o’clock',
  'oclock',
]);
// Between two numbers, these make chrono read a range of clock times: "10 to 12".
const RANGES = new Set(['to', 'until', 'through', 'till', '-', '–', '~', '〜', '?', 'and', 'or']);
// Before a number, these make chrono read it as a clock time: "at 5", "from 14".
const CLOCK_PREFIXES = new Set(['at', 'from', 't']);
// Marks that join a number to another into a date or time: "4/2", "2031-04", "10:30".
const JOINERS = new Set(['/', '-', '–', ':', '：', '+']);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ERAS = new Set(['be', 'ad', 'bc', 'bce', 'ce']);

// Words with which chrono can read (or extend) a date by itself: a window that has any of them
// outside the phrases read here is left to chrono.
const SENSITIVE = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  'weekend',
  'weekday',
  'today',
  'tonight',
  'tomorrow',
  'overmorrow',
  'tmr',
  'tmrw',
  'yesterday',
  'morning',
  'afternoon',
  'evening',
  'night',
  'midnight',
  'midday',
  'noon',
  'month',
]);
// Words chrono reads only beside a date: "last Monday", "Monday last week", "Monday, now".
const NEAR_SENSITIVE = new Set(['this', 'last', 'past', 'next', 'now']);
// Ordinal words, which chrono reads only next to a month ("the first of May", "May first").
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
]);
const LONGEST_SENSITIVE = Math.max(
  ...[...SENSITIVE, ...ORDINALS, ...NEAR_SENSITIVE].map((word) => word.length),
);
// Words by which chrono joins a number to a date beside it: "June 5 to 6", "Monday at 5", "June 5, 23".
const CONNECTORS = new Set([
  'to',
  'until',
  'through',
  'till',
  'of',
  'the',
  'at',
  'from',
  't',
  'after',
  'before',
  'on',
  ',',
  '.',
  ':',
  '-',
  '–',
  '/',
  '∙',
]);
// chrono's weekday modifiers, kept in its text ("next Monday") and read by componentsOf.
const WEEKDAY_MODIFIERS = new Map<string, Components['modifier']>([
  ['this', null],
  ['last', 'last'],
  ['past', 'last'],
  ['next', 'next'],
]);

interface Phrase {
  first: number;
  /** Exclusive. */
  last: number;
  parsed: Components | null;
  startsWithWeekday: boolean;
  endsWithWeekday: boolean;
  endsWithNumber: boolean;
  /** A month name alone, which chrono extends with a hyphen or "of" after it ("June of"). */
  loneMonth?: boolean;
  /** "end of June", which chrono reads from "end". */
  endOfMonth?: boolean;
  /** Where chrono's text ends, when not at the end of the last token ("Aug." is kept as "Aug"). */
  end?: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** What a regular expression's `\w` matches. */
function isWordCode(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/** A month name as written in a date: capitalised, a short form with or without its stop. */
function monthOf(text: string): number | null {
  const code = text.charCodeAt(0);
  if (code < 65 || code > 90) return null;
  let lower = text.toLowerCase();
  if (lower.endsWith('.')) {
    lower = lower.slice(0, -1);
    if (!SHORT_MONTHS.has(lower)) return null;
  } else if (!SHORT_MONTHS.has(lower) && !FULL_MONTHS.has(lower) && lower !== 'may') return null;
  return MONTHS[lower]!;
}

/** A one- or two-digit day of the month, or null. */
function dayOf(text: string): number | null {
  if (text.length > 2 || !isDigit(text.charCodeAt(0))) return null;
  if (text.length === 2 && !isDigit(text.charCodeAt(1))) return null;
  const day = Number(text);
  return day >= 1 && day <= 31 ? day : null;
}

/** A four-digit year, or null. */
function yearOf(text: string): number | null {
  if (text.length !== 4) return null;
  const first = text.charCodeAt(0);
  if (first !== 49 && first !== 50) return null;
  for (let i = 1; i < 4; i++) if (!isDigit(text.charCodeAt(i))) return null;
  return Number(text);
}

/** Whether exactly one space separates token `i` from the next. */
function spaced(view: TokenView, i: number): boolean {
  const end = view.tokens[i]!.end;
  return view.tokens[i + 1]!.start === end + 1 && view.text.charCodeAt(end) === 32;
}

/** Whether token `i + 1` is a comma written right after token `i` and followed by one space. */
function commaAfter(view: TokenView, i: number, to: number): boolean {
  return (
    i + 2 < to &&
    view.tokens[i + 1]!.text === ',' &&
    view.tokens[i + 1]!.start === view.tokens[i]!.end &&
    spaced(view, i + 1)
  );
}

/** "Aug. 2", "March 26, 1996", "August 1988", "July"; "14 May 2031". */
function calendarDate(view: TokenView, k: number, to: number): Phrase | null {
  const tokens = view.tokens;
  const month = monthOf(tokens[k]!.text);
  const phrase = (last: number, parsed: Components, endsWithNumber: boolean): Phrase => ({
    first: k,
    last,
    parsed,
    startsWithWeekday: false,
    endsWithWeekday: false,
    endsWithNumber,
  });
  if (month !== null) {
    if (k + 1 >= to || !spaced(view, k)) return null;
    const day = dayOf(tokens[k + 1]!.text);
    if (day !== null) {
      if (day > DAYS_IN_MONTH[month - 1]!) return null;
      const parsed: Components = { ...EMPTY_COMPONENTS, month, day };
      if (k + 2 < to && spaced(view, k + 1)) {
        const year = yearOf(tokens[k + 2]!.text);
        if (year !== null) return phrase(k + 3, { ...parsed, year }, true);
      } else if (commaAfter(view, k + 1, to)) {
        const year = yearOf(tokens[k + 3]!.text);
        if (year !== null) return phrase(k + 4, { ...parsed, year }, true);
      }
      return phrase(k + 2, parsed, true);
    }
    const year = yearOf(tokens[k + 1]!.text);
    if (year !== null) return phrase(k + 2, { ...EMPTY_COMPONENTS, month, year }, true);
    return null;
  }
  const day = dayOf(tokens[k]!.text);
  if (day === null || k + 1 >= to || !spaced(view, k)) return null;
  const named = monthOf(tokens[k + 1]!.text);
  if (named === null || day > DAYS_IN_MONTH[named - 1]!) return null;
  const parsed: Components = { ...EMPTY_COMPONENTS, month: named, day };
  if (k + 2 < to && spaced(view, k + 1)) {
    const year = yearOf(tokens[k + 2]!.text);
    if (year !== null) return phrase(k + 3, { ...parsed, year }, true);
  }
  return phrase(k + 2, parsed, false);
}

// What the chrono path drops from chrono's text: its trailing marks, then words it ignores.
const TRAILING = /[\s,;:.]+$/;
const COMMON_WORDS = /^(?:may|march|mar|sun|sat|wed|dec|jan|second)$/;

/**
 * A short month name alone ("Aug.", "jun,", "Sept"): chrono reads it only when its match, with
 * a stop or a comma or "of" after it, is longer than three letters.
 */
function lone(view: TokenView, k: number, to: number, from: number): Phrase | null {
  const tokens = view.tokens;
  const token = tokens[k]!;
  // chrono sees the window only.
  const windowEnd = tokens[to - 1]!.end;
  const text = view.text.slice(0, windowEnd);
  let matched = token.end;
  // chrono's month names include the stop: "jun." is read as a whole even when split off.
  const lower = token.text.toLowerCase();
  if (lower !== 'may' && !lower.endsWith('.') && text.charCodeAt(matched) === 46) matched++;
  let after = matched;
  while (isSpace(text.charCodeAt(after))) after++;
  const next = text.charCodeAt(after);
  let last = k + 1;
  if (next === 45) return null;
  if (next === 44) {
    matched = after + 1;
    const code = text.charCodeAt(matched);
    if (!Number.isNaN(code) && !isSpace(code)) return null;
  } else if (
    k + 1 < to &&
    view.tokens[k + 1]!.start === after &&
    lowerAt(view, k + 1) === 'of' &&
    matched === token.end &&
    spaced(view, k)
  ) {
    matched = view.tokens[k + 1]!.end;
    const code = text.charCodeAt(matched);
    if (!Number.isNaN(code) && !isSpace(code)) return null;
    last = k + 2;
  }
  const phrase: Phrase = {
    first: k,
    last,
    parsed: null,
    startsWithWeekday: false,
    endsWithWeekday: false,
    endsWithNumber: false,
    loneMonth: true,
  };
  // As in chronoWindowDates: a lower-case abbreviation or the end of a word ("Min-jun") is no month.
  if (LOWER_MONTH.test(token.text) || endsWord(view.text, token.start)) return phrase;
  // "in Aug": chrono counts the "in" before the month in the match, though not in its text.
  const before = k > from ? tokens[k - 1] : undefined;
  const prefixed =
    before !== undefined &&
    before.text.toLowerCase() === 'in' &&
    /^\s*$/.test(view.text.slice(before.end, token.start)) &&
    (k - 1 === from || !isWordCode(view.text.charCodeAt(before.start - 1)));
  if (lower === 'may') {
    // chrono drops a bare "May" unless "in" comes before it or it is all the window holds.
    const windowStart = tokens[from]!.start;
    const bare = text.slice(token.start, matched).trim().toLowerCase() === 'may';
    const alone = text.slice(windowStart).trim() === text.slice(token.start, matched);
    if (bare && !alone && !/\bin$/i.test(text.slice(windowStart, token.start).trim()))
      return phrase;
  } else if (!prefixed && matched - token.start <= 3) return phrase;
  const kept = text.slice(token.start, matched).replace(TRAILING, '');
  if (COMMON_WORDS.test(kept)) return phrase;
  const month = MONTHS[lower.endsWith('.') ? lower.slice(0, -1) : lower]!;
  return { ...phrase, parsed: { ...EMPTY_COMPONENTS, month }, end: token.start + kept.length };
}

/** The phrase that starts at token `k`, when it is one of the plain shapes read here. */
function phraseAt(view: TokenView, k: number, to: number, from: number): Phrase | null {
  const tokens = view.tokens;
  const text = tokens[k]!.text;
  const code = text.charCodeAt(0);
  if (isDigit(code)) return calendarDate(view, k, to);
  if (!isLetter(code)) return null;
  const lower = text.toLowerCase();
  if (MONTH_VERBS.has(text))
    return {
      first: k,
      last: k + 1,
      parsed: null,
      startsWithWeekday: false,
      endsWithWeekday: false,
      endsWithNumber: false,
      loneMonth: true,
    };
  if (WEEKDAY_MODIFIERS.has(lower) && k + 1 < to && spaced(view, k)) {
    // "next Monday": chrono keeps the modifier in its text.
    if (!FULL_WEEKDAYS.has(lowerAt(view, k + 1))) return null;
    const weekday = phraseAt(view, k + 1, to, from);
    if (!weekday?.startsWithWeekday || !weekday.endsWithWeekday) return null;
    const modifier = WEEKDAY_MODIFIERS.get(lower)!;
    return { ...weekday, first: k, parsed: { ...weekday.parsed!, modifier } };
  }
  if (lower === 'end' && k + 2 < to && spaced(view, k) && lowerAt(view, k + 1) === 'of') {
    // "end of June": chrono moves a month to its last day.
    let at = k + 2;
    if (!spaced(view, k + 1)) return null;
    if (lowerAt(view, at) === 'the') {
      if (at + 1 >= to || !spaced(view, at)) return null;
      at++;
    }
    const month = phraseAt(view, at, to, from);
    const parsed = month?.parsed;
    if (!month || !parsed || parsed.month === null || parsed.day !== null) return null;
    if (parsed.month === 2 && parsed.year === null) return null;
    const day = new Date(Date.UTC(parsed.year ?? 2001, parsed.month, 0)).getUTCDate();
    return { ...month, first: k, parsed: { ...parsed, day }, endOfMonth: true };
  }
  const casual = CASUAL_DAYS.get(lower);
  if (casual)
    return {
      first: k,
      last: k + 1,
      parsed: casual,
      startsWithWeekday: false,
      endsWithWeekday: false,
      endsWithNumber: false,
    };
  const weekday = FULL_WEEKDAYS.get(lower);
  if (weekday === undefined) {
    if (!FULL_MONTHS.has(lower) && !SHORT_MONTHS.has(lower) && lower !== 'may') {
      if (!lower.endsWith('.') || !SHORT_MONTHS.has(lower.slice(0, -1))) return null;
    }
    const date = calendarDate(view, k, to);
    if (date) return date;
    if (lower === 'may') return code >= 65 && code <= 90 ? lone(view, k, to, from) : null;
    if (!FULL_MONTHS.has(lower)) return lone(view, k, to, from);
    // A month alone by its full name ("May" alone chrono keeps or drops by what precedes it).
    if (code < 65 || code > 90) return null;
    return {
      first: k,
      last: k + 1,
      parsed: { ...EMPTY_COMPONENTS, month: MONTHS[lower]! },
      startsWithWeekday: false,
      endsWithWeekday: false,
      endsWithNumber: false,
      loneMonth: true,
    };
  }
  const alone: Phrase = {
    first: k,
    last: k + 1,
    parsed: { ...EMPTY_COMPONENTS, weekday },
    startsWithWeekday: true,
    endsWithWeekday: true,
    endsWithNumber: false,
  };
  if (k + 1 >= to) return alone;
  // "Wednesday night": chrono merges the time of day, whose hour it only implies.
  if (spaced(view, k) && TIMES_OF_DAY.has(tokens[k + 1]!.text.toLowerCase()))
    return { ...alone, last: k + 2, endsWithWeekday: false };
  // "Saturday, April 25", "Friday Oct. 13": chrono merges the weekday into the date after it.
  const next = commaAfter(view, k, to) ? k + 2 : spaced(view, k) ? k + 1 : -1;
  if (next < 0 || next >= to) return alone;
  const date = calendarDate(view, next, to);
  if (!date || date.parsed!.day === null) return alone;
  return {
    ...date,
    first: k,
    parsed: { ...date.parsed!, weekday },
    startsWithWeekday: true,
  };
}

/**
 * Whether a stretch of the window, tokens [first, last), holds nothing chrono reads: no calendar
 * word, and only numbers that chrono leaves alone (no clock word or joining mark beside them, no
 * date phrase within reach of a merge).
 */
function plainStretch(view: TokenView, first: number, last: number, bounds: Bounds): boolean {
  const tokens = view.tokens;
  const text = view.text;
  for (let k = first; k < last; k++) {
    const token = tokens[k]!;
    const word = token.text;
    if (!text.startsWith(word, token.start)) return false;
    let run = -1;
    for (let i = 0; i <= word.length; i++) {
      const code = i < word.length ? word.charCodeAt(i) : 32;
      if (isLetter(code)) {
        if (run < 0) run = i;
        continue;
      }
      if (isDigit(code)) {
        if (!inertNumber(view, k, bounds)) return false;
        break;
      }
      if (run >= 0) {
        const length = i - run;
        if (length <= LONGEST_SENSITIVE && length > 1) {
          const lower = word.slice(run, i).toLowerCase();
          if (SENSITIVE.has(lower)) return false;
          if (ORDINALS.has(lower) && besidePhrase(view, k, bounds, 'month')) return false;
          if (NEAR_SENSITIVE.has(lower) && besidePhrase(view, k, bounds, 'weekday')) return false;
        }
        run = -1;
      }
    }
  }
  return true;
}

/**
 * Whether token `k` stands next to a date phrase or only joining words away from it ("15, on
 * Saturday"): chrono may merge it into the date.
 */
function besidePhrase(view: TokenView, k: number, bounds: Bounds, only?: Name): boolean {
  const { previousLast, nextFirst } = bounds;
  const previous = only === undefined || bounds.previousNames.has(only);
  const next = only === undefined || bounds.nextNames.has(only);
  if (previousLast >= 0 && k - previousLast <= MERGE_REACH && previous) {
    let i = previousLast;
    while (i < k && CONNECTORS.has(view.tokens[i]!.text.toLowerCase())) i++;
    if (i === k) return true;
  }
  if (nextFirst >= 0 && nextFirst - k - 1 <= MERGE_REACH && next) {
    let i = k + 1;
    while (i < nextFirst && CONNECTORS.has(view.tokens[i]!.text.toLowerCase())) i++;
    if (i === nextFirst) return true;
  }
  return false;
}

// How many joining words chrono may find between a number and a date it merges it with.
const MERGE_REACH = 3;

/** The window and the phrases on either side of a stretch (-1 where there is none). */
interface Bounds {
  from: number;
  to: number;
  previousLast: number;
  nextFirst: number;
  /** What the phrases before and after name: a month (or a month verb), a weekday. */
  previousNames: ReadonlySet<Name>;
  nextNames: ReadonlySet<Name>;
}

type Name = 'month' | 'weekday';
const NAMES_NOTHING: ReadonlySet<Name> = new Set();
const NAMES_MONTH: ReadonlySet<Name> = new Set(['month']);
const NAMES_WEEKDAY: ReadonlySet<Name> = new Set(['weekday']);
const NAMES_BOTH: ReadonlySet<Name> = new Set(['month', 'weekday']);

function namesOf(phrase: Phrase): ReadonlySet<Name> {
  const month = !phrase.parsed || phrase.parsed.month !== null;
  const weekday = phrase.parsed !== null && phrase.parsed.weekday !== null;
  return month ? (weekday ? NAMES_BOTH : NAMES_MONTH) : weekday ? NAMES_WEEKDAY : NAMES_NOTHING;
}

const NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** Whether chrono reads nothing in the number at token `k`: "48", "8,000", not "at 5" or "5 pm". */
function inertNumber(view: TokenView, k: number, bounds: Bounds): boolean {
  const word = view.tokens[k]!.text;
  if (!NUMBER.test(word)) return false;
  if (besidePhrase(view, k, bounds)) return false;
  if (k - 1 >= bounds.from) {
    const before = view.tokens[k - 1]!.text;
    if (isDigit(before.charCodeAt(before.length - 1))) return false;
    if (JOINERS.has(before) || CLOCK_PREFIXES.has(before.toLowerCase())) return false;
  }
  if (k + 1 < bounds.to) {
    const after = view.tokens[k + 1]!.text;
    if (isDigit(after.charCodeAt(0))) return false;
    if (JOINERS.has(after) || CLOCK_SUFFIXES.has(after.toLowerCase())) return false;
    // "00 GMT": a time zone makes a clock time of the number.
    if (after.length >= 2 && after.length <= 4 && /^[A-Z]+$/.test(after)) return false;
  }
  // "10 to 12", "5 to 4": chrono reads a range of clock times.
  if (k + 2 < bounds.to && RANGES.has(view.tokens[k + 1]!.text.toLowerCase())) {
    if (isDigit(view.tokens[k + 2]!.text.charCodeAt(0))) return false;
  }
  if (k - 2 >= bounds.from && RANGES.has(view.tokens[k - 1]!.text.toLowerCase())) {
    const before = view.tokens[k - 2]!.text;
    if (isDigit(before.charCodeAt(before.length - 1))) return false;
  }
  return true;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetter(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the words around a phrase would make chrono read it otherwise than as the phrase alone. */
function changedByNeighbours(
  view: TokenView,
  phrase: Phrase,
  from: number,
  to: number,
  windowStart: number,
  windowEnd: number,
): boolean {
  const text = view.text;
  const tokens = view.tokens;
  const start = tokens[phrase.first]!.start;
  const end = tokens[phrase.last - 1]!.end;
  // chrono needs a word boundary on both sides.
  if (start > windowStart && isWordCode(text.charCodeAt(start - 1))) return true;
  if (end < windowEnd && isWordCode(text.charCodeAt(end))) return true;
  // "end of June", "the last day of the month": chrono moves the date.
  const before = phrase.first - 1;
  const monthOnly =
    !phrase.parsed ||
    phrase.endOfMonth === true ||
    (phrase.parsed.month !== null && phrase.parsed.day === null);
  if (monthOnly && before >= from) {
    let of = before;
    if (lowerAt(view, of) === 'the') of--;
    if (of >= from && lowerAt(view, of) === 'of') {
      const word = of - 1 >= from ? lowerAt(view, of - 1) : '';
      if (word === 'end' || word === 'day') return true;
    }
  }
  if (phrase.startsWithWeekday) {
    // chrono keeps a comma or bracket before a weekday ("(Monday"), after "on" too.
    let i = start - 1;
    while (i >= windowStart && isSpace(text.charCodeAt(i))) i--;
    if (before >= from && lowerAt(view, before) === 'on' && tokens[before]!.end === i + 1) {
      i = tokens[before]!.start - 1;
      while (i >= windowStart && isSpace(text.charCodeAt(i))) i--;
    }
    const code = i >= windowStart ? text.charCodeAt(i) : 0;
    if (
      (code === 44 || code === 40 || code === 0xff08) &&
      (i - 1 < windowStart || !isWordCode(text.charCodeAt(i - 1)))
    )
      return true;
  }
  if (phrase.endsWithWeekday) {
    // ... and a bracket after it: "Monday)".
    let i = end;
    while (i < windowEnd && isSpace(text.charCodeAt(i))) i++;
    const code = i < windowEnd ? text.charCodeAt(i) : 0;
    if (code === 41 || code === 0xff09) return true;
  }
  // "end of June this year": chrono takes the year from the words after.
  if (phrase.endOfMonth && phrase.last < to && NEAR_SENSITIVE.has(lowerAt(view, phrase.last)))
    return true;
  if (phrase.loneMonth) {
    let i = end;
    while (i < windowEnd && isSpace(text.charCodeAt(i))) i++;
    if (i < windowEnd && text.charCodeAt(i) === 45) return true;
    if (phrase.last < to && lowerAt(view, phrase.last) === 'of') return true;
  }
  // A time zone after the date ("EST", "(GMT)"), an era after a number ("2 BC").
  let after = phrase.last;
  while (after < to && (tokens[after]!.text === ',' || tokens[after]!.text === '(')) after++;
  if (after < to) {
    const word = tokens[after]!.text;
    if (word.length >= 2 && word.length <= 4 && /^[A-Z]+$/.test(word)) return true;
    if (
      phrase.endsWithNumber &&
      (ERAS.has(word.toLowerCase()) || CLOCK_SUFFIXES.has(word.toLowerCase()))
    )
      return true;
  }
  return false;
}

/**
 * The dates of a window whose calendar words all stand in plain phrases — "on Wednesday night",
 * "Aug. 2", "March 26, 1996", "Saturday, April 25", "14 May 2031", "in July" — read as chrono
 * reads them, without chrono. Null when anything else in the window (a number, a clock or casual
 * word, "last", an odd neighbour) could make chrono read it otherwise: chrono reads those.
 */
export function plainWindowDates(view: TokenView, from: number, to: number): WindowDate[] | null {
  const tokens = view.tokens;
  const text = view.text;
  const windowStart = tokens[from]!.start;
  const windowEnd = tokens[to - 1]!.end;
  const dates: WindowDate[] = [];
  const bounds: Bounds = {
    from,
    to,
    previousLast: -1,
    nextFirst: -1,
    previousNames: NAMES_NOTHING,
    nextNames: NAMES_NOTHING,
  };
  let stretch = from;
  for (let k = from; k < to; k++) {
    const phrase = phraseAt(view, k, to, from);
    if (!phrase) continue;
    bounds.nextFirst = phrase.first;
    bounds.nextNames = namesOf(phrase);
    if (!plainStretch(view, stretch, phrase.first, bounds)) return null;
    const start = tokens[phrase.first]!.start;
    // chrono reads the text itself: a token that does not match it is left to chrono.
    for (let i = phrase.first; i < phrase.last; i++)
      if (!text.startsWith(tokens[i]!.text, tokens[i]!.start)) return null;
    // Two phrases with no word between them may be one date to chrono.
    if (bounds.previousLast >= 0 && !hasLetter(text, tokens[stretch - 1]!.end, start)) return null;
    if (changedByNeighbours(view, phrase, from, to, windowStart, windowEnd)) return null;
    const end = phrase.end ?? tokens[phrase.last - 1]!.end;
    if (phrase.parsed) dates.push({ start, end, parsed: phrase.parsed });
    bounds.previousLast = phrase.last;
    bounds.previousNames = bounds.nextNames;
    stretch = phrase.last;
    k = phrase.last - 1;
  }
  bounds.nextFirst = -1;
  bounds.nextNames = NAMES_NOTHING;
  if (!plainStretch(view, stretch, to, bounds)) return null;
  return dates;
}
