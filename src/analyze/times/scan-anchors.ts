import type { Token } from '../../model/analysis.js';
import { FormMemo } from '../text/form-memo.js';
import {
  DAY_AND_CLOCK_WORDS,
  PARTS_OF_DAY,
  isChronoTrigger,
  MONTHS,
  SEASONS,
  UNITS,
  WEEKDAYS,
} from './time-words.js';

/** Token indices where each kind of rule can match, found in one pass over the tokens. */
export interface Anchors {
  /** Weekdays, months, "yesterday", clock words and numeric dates: read directly or by chrono. */
  calendar: number[];
  /** "week", "month", "year", "quarter", "weekend", seasons, "period". */
  periods: number[];
  /** "ago", "earlier", "later". */
  directions: number[];
  /** Units of time: "days", "weeks", "seconds". */
  units: number[];
  /** Numbers that may be years or decades: "2029", "1980s", "'80s". */
  years: number[];
}

const CALENDAR = 1;
const PERIOD = 2;
const DIRECTION = 4;
const UNIT = 8;

const KINDS = new Map<string, number>();
function add(words: Iterable<string>, kind: number): void {
  for (const word of words) {
    // Looked up as written, so that no token needs lower-casing to be rejected.
    for (const form of [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])
      KINDS.set(form, (KINDS.get(form) ?? 0) | kind);
  }
}
add(
  [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...DAY_AND_CLOCK_WORDS].filter(
    isChronoTrigger,
  ),
  CALENDAR,
);
add(
  [
    'week',
    'month',
    'year',
    'quarter',
    'weekend',
    'period',
    ...Object.keys(SEASONS),
    ...PARTS_OF_DAY,
  ],
  PERIOD,
);
add(['ago', 'earlier', 'later'], DIRECTION);
add(Object.keys(UNITS), UNIT);

// A superset filter over (first letter, last letter, length), case-folded: most tokens ("the",
// "said", "of") are rejected by one array read, without hashing their text.
const MAX_LENGTH = 31;
const SHAPES = new Uint8Array(32 * 32 * (MAX_LENGTH + 1));
function shapeOf(text: string): number {
  const length = text.length;
  if (length > MAX_LENGTH) return 0;
  const first = text.charCodeAt(0) & 31;
  const last = text.charCodeAt(length - 1) & 31;
  return (first * 32 + last) * (MAX_LENGTH + 1) + length;
}
for (const word of KINDS.keys()) {
  // The forms kindOf also accepts: "Sept.", "mid-November".
  for (const form of [word, `${word}.`, `mid-${word}`]) SHAPES[shapeOf(form)] = 1;
}

function kindOf(text: string): number {
  if (SHAPES[shapeOf(text)] === 0) return 0;
  const kind = KINDS.get(text);
  if (kind !== undefined) return kind;
  // "Sept.", "mid-November": the rare forms are stripped only when the plain lookup fails.
  if (text.length > 3 && text.endsWith('.')) return KINDS.get(text.slice(0, -1)) ?? 0;
  if (text.length > 4 && (text.startsWith('mid-') || text.startsWith('Mid-')))
    return KINDS.get(text.slice(4)) ?? 0;
  return 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether a token that opens with a digit can be a clock time or numeric date (15:00, 3pm,
 * 4/2/2031, 2031-04-02): the test isChronoTrigger's pattern makes, on a few characters.
 */
function mayBeClock(text: string): boolean {
  if (text.length < 3) return false;
  const second = text.charCodeAt(1);
  const third = text.charCodeAt(2);
  return (
    isClockMark(second) || isClockMark(third) || (text.length === 10 && text.charCodeAt(4) === 45) // "-"
  );
}

/** ":", "/", and the "a"/"p" of "am"/"pm" in either case. */
function isClockMark(code: number): boolean {
  return code === 58 || code === 47 || (code | 32) === 97 || (code | 32) === 112;
}

const YEAR = 16;

/** The kinds of anchor a token text can be (0 for most), from the text alone. */
function anchorKind(text: string): number {
  const first = text.charCodeAt(0);
  if (isDigit(first)) {
    let kind = text.length >= 4 && text.length <= 6 ? YEAR : 0;
    if (mayBeClock(text) && isChronoTrigger(text.toLowerCase())) kind |= CALENDAR;
    return kind;
  }
  // "'80s", "mid-1990s"
  const decade =
    (first === 39 || first === 8217 || first === 109 || first === 77) && text.endsWith('0s');
  return kindOf(text) | (decade ? YEAR : 0);
}

const KINDS_OF_FORMS = new FormMemo(anchorKind);

export function scanAnchors(tokens: Token[], forms: number[]): Anchors {
  const anchors: Anchors = { calendar: [], periods: [], directions: [], units: [], years: [] };
  for (let i = 0; i < tokens.length; i++) {
    const form = forms[i]!;
    const kind = KINDS_OF_FORMS.get(form) ?? KINDS_OF_FORMS.learn(form, tokens[i]!.text);
    if (kind === 0) continue;
    if (kind & YEAR) anchors.years.push(i);
    if (kind & CALENDAR) anchors.calendar.push(i);
    if (kind & PERIOD) anchors.periods.push(i);
    if (kind & DIRECTION) anchors.directions.push(i);
    if (kind & UNIT) anchors.units.push(i);
  }
  return anchors;
}
