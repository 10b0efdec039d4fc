import type { Token } from '../../model/analysis.js';
import { isChronoTrigger, MONTHS, SEASONS, UNITS, WEEKDAYS } from './time-words.js';

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
  [
    ...Object.keys(MONTHS),
    ...Object.keys(WEEKDAYS),
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
  ].filter(isChronoTrigger),
  CALENDAR,
);
add(['week', 'month', 'year', 'quarter', 'weekend', 'period', ...Object.keys(SEASONS)], PERIOD);
add(['ago', 'earlier', 'later'], DIRECTION);
add(Object.keys(UNITS), UNIT);

function kindOf(text: string): number {
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

export function scanAnchors(tokens: Token[]): Anchors {
  const anchors: Anchors = { calendar: [], periods: [], directions: [], units: [], years: [] };
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const first = text.charCodeAt(0);
    if (isDigit(first)) {
      if (text.length >= 4 && text.length <= 6) anchors.years.push(i);
      if (isChronoTrigger(text.toLowerCase())) anchors.calendar.push(i);
      continue;
    }
    if (first === 39 || first === 8217 || first === 109 || first === 77) {
      // "'80s", "mid-1990s"
      if (text.endsWith('0s')) anchors.years.push(i);
    }
    const kind = kindOf(text);
    if (kind === 0) continue;
    if (kind & CALENDAR) anchors.calendar.push(i);
    if (kind & PERIOD) anchors.periods.push(i);
    if (kind & DIRECTION) anchors.directions.push(i);
    if (kind & UNIT) anchors.units.push(i);
  }
  return anchors;
}
