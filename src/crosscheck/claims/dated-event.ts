import type { ClockTime } from './clock-time.js';
import type { HappeningWords } from './happening-words.js';

/**
 * Happenings that take place once for what they are said of: a man dies on one day, a bridge
 * collapses, a ferry capsizes, a train derails, a volcano erupts at one time of one day. Two
 * reports that give such a happening different days or hours disagree. ("Begin" is not one:
 * "crews began towing the ship on Wednesday" is not when the fire began; nor "land", which
 * rockets and planes do again and again.) Each verb maps to the happening it tells: a ferry that
 * overturned capsized. The fold is kept here, not among the synonyms alignment reads: "the court
 * overturned the rules" capsizes nothing.
 */
const ONCE = new Map([
  ['die', 'die'],
  ['kill', 'kill'],
  ['collapse', 'collapse'],
  ['explode', 'explode'],
  ['crash', 'crash'],
  ['resign', 'resign'],
  ['sink', 'sink'],
  ['capsize', 'capsize'],
  ['overturn', 'capsize'],
  ['derail', 'derail'],
  ['erupt', 'erupt'],
  ['collide', 'collide'],
]);

/** Nouns of once-only happenings, told by "happened" or "occurred" ("the blast happened at 2.40"). */
const ONCE_NOUNS = new Map([
  ['explosion', 'explode'],
  ['collapse', 'collapse'],
  ['crash', 'crash'],
  ['derailment', 'derail'],
  ['collision', 'collide'],
  ['eruption', 'erupt'],
  ['sinking', 'sink'],
  ['capsizing', 'capsize'],
]);

/** Verbs that tell only that their subject took place: the happening is the subject's noun. */
const TOOK_PLACE = new Set(['happen', 'occur']);

/** A time expression of a claim, with the time of day it gives (if it gives one). */
export interface ClaimTime {
  value: string;
  text: string;
  clock: ClockTime | null;
  /**
   * The claim word of the verb nearest the time, whose time it is: in "the ferry, which had left
   * port at 3 p.m., capsized in the Sound", 3 p.m. is when it left. Null without a verb.
   */
  verb: string | null;
}

/** A happening that takes place once, with the day and the time of day a claim gives it. */
export interface DatedEvent extends HappeningWords {
  /** The happening the claim's verb tells ("capsize" for "overturned"). */
  verb: string;
  /** ISO day, or null when the claim gives the happening no day of its own. */
  day: string | null;
  /** The words that give the day ("on Tuesday"); empty without a day. */
  text: string;
  /** The one time of day the claim gives, or null. */
  clock: ClockTime | null;
}

/**
 * The claim's once-only happening with its one day and its one time of day, when it names such
 * a verb and gives one or both.
 */
export function datedEvent(
  predicates: readonly string[],
  times: readonly ClaimTime[],
  /** What the happening is said of, given the claim word of its verb. */
  saidOf: (word: string, subject?: string) => HappeningWords,
  /** The claim's common nouns in order: "the blast happened" tells an explosion. */
  nouns: readonly string[] = [],
): DatedEvent | null {
  // The happening a time is said of, when the claim tells several ("two people died when the
  // train left the rails at around 6.25 p.m."): the time is the derailment's.
  const once = predicates.filter((predicate) => ONCE.has(predicate));
  let word = once.find((predicate) => times.some((time) => time.verb === predicate)) ?? once[0];
  let happening = word && ONCE.get(word);
  let subject: string | undefined;
  if (!word) {
    // What took place is the claim's first noun ("the explosion at the works … occurred"), not
    // any noun of it ("the fire happened at 5 a.m., three hours after the explosion").
    subject = nouns[0] !== undefined && ONCE_NOUNS.has(nouns[0]) ? nouns[0] : undefined;
    word = subject && predicates.find((predicate) => TOOK_PLACE.has(predicate));
    happening = subject && ONCE_NOUNS.get(subject);
  }
  if (!word || !happening) return null;
  // Only the times said of this verb ("rescuers reached it at 9 p.m." is not when it capsized).
  const own = times.filter((time) => time.verb === null || time.verb === word);
  // A bare hour's day is the article's, not one the claim gives.
  const days = own.filter(
    (time) => time.value.length >= 10 && (time.value.length === 10 || time.clock?.dayGiven),
  );
  const distinct = new Set(days.map((time) => time.value.slice(0, 10)));
  if (distinct.size > 1) return null;
  const clocks = own.flatMap((time) => (time.clock ? [time.clock] : []));
  const clock = new Set(clocks.map((c) => c.minutes)).size === 1 ? clocks[0]! : null;
  const day = days.length ? days[0]!.value.slice(0, 10) : null;
  if (!clock && !day) return null;
  return {
    verb: happening,
    day,
    text: day ? days[0]!.text : '',
    clock,
    ...saidOf(word, subject),
  };
}
