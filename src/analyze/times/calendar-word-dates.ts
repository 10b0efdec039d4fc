import { chronoCandidates } from './chrono-candidates.js';
import { type Components, context, valueOf, EMPTY_COMPONENTS } from './date-components.js';
import type { Candidate } from './time-candidate.js';
import { isChronoTrigger, MONTHS, WEEKDAYS, CASUAL_DAYS } from './time-words.js';
import { sentenceOf, type TokenView, wordAt } from './token-view.js';

// Tokens around a trigger word that chrono sees: enough for "at 10 p.m. on Wednesday, Sept. 30, 2031".
const BEFORE = 3;
const AFTER = 6;
// A calendar word with none of these within two tokens is read without chrono.
const NEAR = 2;
const CLOCK_WORDS = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'noon',
  'midnight',
  'a.m.',
  'p.m.',
  'am',
  'pm',
  'of',
  'the',
]);

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** What a lone calendar word names, or null when it needs chrono (a number or clock word nearby). */
function loneWord(view: TokenView, i: number): Components | null {
  const word = wordAt(view, i);
  const [first, last] = sentenceOf(view, i);
  const from = Math.max(first, i - NEAR);
  const to = Math.min(last, i + NEAR + 1);
  for (let k = from; k < to; k++) {
    if (k === i) continue;
    const near = wordAt(view, k);
    if (hasDigit(near) || CLOCK_WORDS.has(near) || isChronoTrigger(near)) return null;
  }
  if (Object.hasOwn(WEEKDAYS, word)) return { ...EMPTY_COMPONENTS, weekday: WEEKDAYS[word]! };
  if (Object.hasOwn(CASUAL_DAYS, word))
    return { ...EMPTY_COMPONENTS, casualDays: CASUAL_DAYS[word]! };
  // "may" and "march" are verbs unless capitalised; abbreviations need chrono's care.
  if (
    Object.hasOwn(MONTHS, word) &&
    word.length > 3 &&
    /^(?:mid-)?[A-Z]/.test(view.tokens[i]!.text)
  )
    return { ...EMPTY_COMPONENTS, month: MONTHS[word]! };
  return null;
}

/**
 * Weekdays, month names, "yesterday", calendar dates and clock times. A lone word ("on Friday",
 * "in July") is read directly; chrono parses only the small windows around the others.
 */
export function calendarWordDates(view: TokenView): Candidate[] {
  const candidates: Candidate[] = [];
  const windows: Array<[number, number]> = [];
  for (const i of view.anchors.calendar) {
    const lone = loneWord(view, i);
    if (lone) {
      const token = view.tokens[i]!;
      const around = context(view, token.start, token.end);
      const c: Components = { ...lone, modifier: around.modifier, yearShift: around.yearShift };
      candidates.push({
        kind: 'date',
        start: token.start,
        end: around.end,
        resolve: (env) => valueOf(c, env),
      });
      continue;
    }
    const [first, last] = sentenceOf(view, i);
    const from = Math.max(first, i - BEFORE);
    const to = Math.min(last, i + AFTER + 1);
    const previous = windows[windows.length - 1];
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else windows.push([from, to]);
  }
  return [...candidates, ...chronoCandidates(view, windows)];
}
