import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import type { Timeframe } from './claim.js';

// What a claim's dates say of it: which are its own, which are compared with, which date only a
// clause set off inside it, and which its figures are of.

/** Words that open a clause set off inside a sentence ("the plant, which opened in 1987, …"). */
const SET_OFF = new Set(['which', 'who']);

/**
 * Whether a date stands in a clause set off by commas that describes the subject, and the
 * sentence goes on in the present ("the plant, which opened in 1987, employs some 340 people",
 * "the bridge, built in 1962, is"): the date is that clause's, and the rest says what is so.
 */
function setOffDate(tokens: readonly Token[], span: Span): boolean {
  const at = tokens.findIndex((token) => token.start >= span.start);
  if (at < 0) return false;
  let open = at - 1;
  while (open >= 0 && tokens[open]!.text !== ',') open--;
  let close = at;
  while (close < tokens.length && tokens[close]!.text !== ',') close++;
  const opener = tokens[open + 1];
  const after = tokens[close + 1];
  return (
    open >= 1 &&
    close < tokens.length - 1 &&
    !!opener &&
    (SET_OFF.has(opener.text.toLowerCase()) || opener.pos === 'VERB') &&
    !!after &&
    presentTense(after)
  );
}

/** Verbs of the present: "is", "has", "employs" (not "killed", "was"). */
const PRESENT = new Set(['is', 'are', 'has', 'have', 'remains', 'remain']);

function presentTense(token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (PRESENT.has(lower)) return true;
  return token.pos === 'VERB' && /[^s]s$/.test(lower) && lower !== token.lemma.toLowerCase();
}

/**
 * A claim dated only by clauses set off inside it tells of the background and of now: "the
 * plant, which opened in 1987, employs some 340 people" is both.
 */
export function stillSo(
  timeframe: Timeframe,
  tokens: readonly Token[],
  dates: readonly Span[],
): Timeframe {
  return timeframe === 'background' && dates.every((date) => setOffDate(tokens, date))
    ? 'both'
    : timeframe;
}

/** Words that set a figure against an earlier one: the date after them is the earlier one's. */
const COMPARISON = /^(?:(?:up|down) from|compared (?:with|to)|than)$/i;

/** Tokens back from a date where a comparison may stand. */
const COMPARISON_REACH = 10;

/**
 * Whether a date is that of a figure compared with ("turnout was 58.3 percent, up from 54.9
 * percent at the last election in 2033"): a figure, a comparison and the figure compared with
 * stand before it in its clause. "More than 300 people died in 1998" compares nothing with 1998.
 */
export function compared(tokens: readonly Token[], start: number): boolean {
  let i = tokens.findIndex((token) => token.start >= start);
  if (i < 0) i = tokens.length;
  let figureAfter = false;
  for (let j = i - 1; j >= Math.max(0, i - COMPARISON_REACH); j--) {
    const word = tokens[j]!.text.toLowerCase();
    if (word === ';') return false;
    if (tokens[j]!.pos === 'NUM') figureAfter = true;
    const pair = `${tokens[j - 1]?.text ?? ''} ${word}`;
    if ((COMPARISON.test(pair) || word === 'than') && figureAfter)
      return tokens.slice(Math.max(0, j - COMPARISON_REACH), j).some((t) => t.pos === 'NUM');
  }
  return false;
}

/** Whether the word before a date is `word` ("since 2029", "by this morning"). */
export function precededBy(tokens: readonly Token[], start: number, word: string): boolean {
  let i = tokens.findIndex((token) => token.start >= start) - 1;
  if (i < -1) i = tokens.length - 1;
  return i >= 0 && tokens[i]!.text.toLowerCase() === word;
}

/**
 * The date a "when" clause is set at by the date just before it: "the first fatal derailment
 * since 2019, when five people were killed" tells of deaths in 2019, not in the news.
 */
export function whenClauseDate(
  text: string,
  span: Span,
  times: readonly { start: number; end: number; value: string | null }[],
): string | null {
  if (!/^when\b/i.test(text.slice(span.start, span.start + 5))) return null;
  const before = times.find(
    (time) =>
      time.value && time.end <= span.start && /^\s*,\s*$/.test(text.slice(time.end, span.start)),
  );
  return before?.value ?? null;
}

/**
 * The dates a claim gives its figures: the moment of a count ("by this morning"), else those of
 * the verbs said of them ("has now burned 2,700 hectares" is not of the day the fire "started on
 * Monday"), or all when no verb is said of them.
 */
export function figureDates<T extends { verb: string | null; tally: boolean }>(
  dates: T[],
  roles: ReadonlySet<string>,
): T[] {
  const tallies = dates.filter((time) => time.tally);
  if (tallies.length) return tallies;
  return roles.size === 0
    ? dates
    : dates.filter((time) => time.verb === null || roles.has(time.verb));
}
