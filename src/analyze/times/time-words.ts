export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

/** Short month names as news writes them, with or without their full stop ("Aug 2", "Aug. 2"). */
export const SHORT_MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Parts of a day: "this morning" is the reference day, "last night" the day before. */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];

/** Days named relative to the reference date. */
export const CASUAL_DAYS: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  // chrono fixes "last night" on its anchor's day when a clock time comes with it ("6pm last
  // night"), which would leak that day.
  'last night': -1,
};

export type Unit =
  'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export const UNITS: Record<string, Unit> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
};

/** Seasons as TimeML writes them (`2031-SU`): ISO 8601 has no season. */
export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** Days named from today, and the words of clock times. */
export const DAY_AND_CLOCK_WORDS = [
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'noon',
  'midnight',
  'a.m.',
  'p.m.',
  'am',
  'pm',
];

/** A month's abbreviation in lower case is a word or part of a name ("Park Min-jun of"), not a month. */
export const LOWER_MONTH = /^(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;

/** Words a month may follow with a hyphen: "mid-June", "early-July". */
const BEFORE_HYPHEN = new Set(['mid', 'early', 'late']);

/**
 * Whether a month name at `start` ends a word rather than begins a date: "Min-jun", "Lee Min-Jun"
 * (a name's part after a hyphen), not "mid-June", "June-July" or "Jan.-Feb.".
 */
export function endsWord(text: string, start: number): boolean {
  const previous = text[start - 1] ?? '';
  if (/[\p{L}\p{N}]/u.test(previous)) return true;
  if (previous !== '-') return false;
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, start - 20), start - 1))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (BEFORE_HYPHEN.has(lower) || Object.hasOwn(MONTHS, lower)) return false;
  return /^\p{Lu}/u.test(word);
}

/** Words after which chrono has something to parse: calendar names and clock words. */
// Short forms that are also common words ("sat", "sun", "wed", "mar") are left out.
const CHRONO_WORDS = new Set([
  ...Object.keys(MONTHS).filter((word) => word.length > 3 || word === 'may'),
  ...['jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ...Object.keys(WEEKDAYS).filter((word) => word.length > 4),
  ...DAY_AND_CLOCK_WORDS,
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'est',
  'edt',
  'bst',
  'cet',
]);

/** Strips what news writing adds to a calendar word: "mid-", the full stop of "Sept.". */
export function bareWord(lower: string): string {
  let word = lower.startsWith('mid-') ? lower.slice(4) : lower;
  if (word.length > 3 && word.indexOf('.') === word.length - 1) word = word.slice(0, -1);
  return word;
}

export function isChronoTrigger(lower: string): boolean {
  if (CHRONO_WORDS.has(lower) || CHRONO_WORDS.has(bareWord(lower))) return true;
  // Clock times and numeric dates: 15:00, 3pm, 4/2/2031, 2031-04-02 (not decimals, scores, fractions).
  const first = lower.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  return /^\d{1,2}:\d{2}(?::\d{2})?$|^\d{1,2}\/\d{1,2}\/\d{2,4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}(?:am|pm|a\.m\.|p\.m\.)$/.test(
    lower,
  );
}
