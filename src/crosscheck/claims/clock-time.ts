import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';

/** A time of day a claim gives a happening ("shortly after 6 p.m.", "at 7.30 p.m. on Tuesday"). */
export interface ClockTime {
  /** Minutes after midnight. */
  minutes: number;
  /** Said to be near the time, not at it ("about", "shortly after", "just before", "nearly"). */
  approximate: boolean;
  /** The side of the time the happening is said to be on: "shortly after 6 p.m.", "just before". */
  near: 'after' | 'before' | null;
  /**
   * Whether the words give the day as well ("7.30 p.m. on Tuesday"). A bare "6 p.m." is read
   * against the article's date, which need not be the happening's: a report of Wednesday
   * morning tells of Tuesday evening.
   */
  dayGiven: boolean;
  /** The words that give the time, with those that make it approximate ("shortly after 6 p.m."). */
  text: string;
  start: number;
  end: number;
}

/** What makes a time expression a time of day: "6 p.m.", "18:40", "7.30", "midnight". */
const CLOCK =
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|o'?clock)|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midday|midnight)\b/i;

/** Words beside a time of day that give no day. */
const DAYLESS =
  /\b(?:at|in the (?:morning|afternoon|evening)|at night|local time|gmt|utc|bst|cet|cest|eet|eest|[ecmp][sd]?t)\b/gi;

/** Words before a time that make it a time near the happening's. */
const APPROXIMATE = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'circa',
]);

/** Words before "after" or "before" that keep the time near: "shortly after", "just before". */
const NEAR = new Set(['shortly', 'just', 'soon', 'right', 'long', 'moments', 'minutes']);

/**
 * Words before a time that make it a bound or one end of a range ("by 11 p.m.", "until noon",
 * "between 6 and 7 p.m."): no time the happening took place at.
 */
const BOUNDS = new Set([
  'after',
  'before',
  'by',
  'until',
  'till',
  'since',
  'from',
  'between',
  'to',
  'and',
  'or',
  'through',
  '-',
  '–',
]);

/**
 * The time of day a time expression of a claim gives, when it gives one point in the day; null
 * for a date, a bound ("by 11 p.m."), a number read as an hour ("rose to 14 on Wednesday") or a
 * time that qualifies a noun.
 */
export function clockTime(
  time: Span & { value: string },
  tokens: readonly Token[],
  articleText: string,
): ClockTime | null {
  const hour = /T(\d{2})(?::(\d{2}))?/.exec(time.value);
  if (!hour) return null;
  const words = articleText.slice(time.start, time.end);
  const clock = CLOCK.exec(words);
  if (!clock) return null;
  const rest = (words.slice(0, clock.index) + ' ' + words.slice(clock.index + clock[0].length))
    .replace(DAYLESS, ' ')
    .replace(/[^\p{L}\p{N}]/gu, '');
  let first = tokens.findIndex((token) => token.start >= time.start);
  if (first < 0) first = tokens.length;
  let k = first - 1;
  const word = (j: number) => (j >= 0 ? tokens[j]!.text.toLowerCase() : '');
  if (word(k) === 'at') k--;
  let start = time.start;
  let approximate = false;
  let near: ClockTime['near'] = null;
  if (APPROXIMATE.has(word(k))) {
    approximate = true;
    start = tokens[k]!.start;
  } else if ((word(k) === 'after' || word(k) === 'before') && NEAR.has(word(k - 1))) {
    approximate = true;
    near = word(k) === 'after' ? 'after' : 'before';
    start = tokens[k - 1]!.start;
  } else if (BOUNDS.has(word(k))) return null;
  // The time's last token whole: "6 p.m." rather than "6 p.m".
  const last = tokens.find((token) => token.start < time.end && token.end >= time.end);
  const end = last?.end ?? time.end;
  // A time before a noun says what the noun is, not when something happened: "the 6 p.m.
  // ferry", "Bush's midnight rules", "with 4:43 left".
  if (tokens.find((token) => token.start >= end)?.pos === 'NOUN') return null;
  return {
    minutes: Number(hour[1]) * 60 + Number(hour[2] ?? 0),
    approximate,
    near,
    dayGiven: rest.length > 0,
    text: articleText.slice(start, end),
    start,
    end,
  };
}
