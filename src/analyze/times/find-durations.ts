import type { Candidate } from './time-candidate.js';
import { UNITS, type Unit } from './time-words.js';
import { countBefore } from './token-words.js';
import { type TokenView, wordAt } from './token-view.js';

const DESIGNATORS: Record<Unit, [string, number]> = {
  second: ['TS', 1],
  minute: ['TM', 1],
  hour: ['TH', 1],
  day: ['D', 1],
  week: ['W', 1],
  month: ['M', 1],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
};
// After the unit, these make it an age ("45-year-old") or a date ("two days ago", "a year later").
const NOT_A_LENGTH = new Set(['old', 'ago', 'earlier', 'later', 'before', 'after', 'from']);
// "$5 a year", "twice a week": a rate, not a length of time.
const RATE_WORDS = new Set([
  'per',
  'twice',
  'once',
  'times',
  'million',
  'billion',
  'thousand',
  'hundred',
]);
// Bare plurals are lengths only after these: "for years", "over months".
const LENGTH_PREPOSITIONS = new Set(['for', 'over', 'within']);

/** The ISO 8601 duration of `count` units: `P2D`, `PT40S`, `P20Y` for two decades. */
export function isoDuration(unit: Unit, count: number | null): string | null {
  if (count === null) return null;
  const [designator, factor] = DESIGNATORS[unit];
  const amount = count * factor;
  return designator.startsWith('T') ? `PT${amount}${designator[1]}` : `P${amount}${designator}`;
}

function isRate(view: TokenView, article: number): boolean {
  const before = view.tokens[article - 1];
  return (
    !!before &&
    (RATE_WORDS.has(wordAt(view, article - 1)) || before.pos === 'NUM' || before.pos === 'SYM')
  );
}

/** Lengths of time: "for two days", "three weeks", "40 seconds", "a two-week strike", "for years". */
export function findDurations(view: TokenView): Candidate[] {
  const candidates: Candidate[] = [];
  for (const i of view.anchors.units) {
    const word = wordAt(view, i);
    if (!Object.hasOwn(UNITS, word)) continue;
    const unit = UNITS[word]!;
    let after = i + 1;
    if (wordAt(view, after) === '-') after++;
    if (NOT_A_LENGTH.has(wordAt(view, after))) continue;
    const hyphenated = wordAt(view, i - 1) === '-';
    const count = countBefore(view, hyphenated ? i - 1 : i);
    let start = count?.first;
    let value: number | null | undefined = count?.value;
    if (
      count &&
      (wordAt(view, count.first) === 'a' || wordAt(view, count.first) === 'an') &&
      isRate(view, count.first)
    )
      continue;
    if (!count) {
      if (!word.endsWith('s') || !LENGTH_PREPOSITIONS.has(wordAt(view, i - 1))) continue;
      start = i;
      value = null;
    }
    candidates.push({
      kind: 'duration',
      start: view.tokens[start!]!.start,
      end: view.tokens[i]!.end,
      resolve: () => isoDuration(unit, value ?? null),
    });
  }
  return candidates;
}
