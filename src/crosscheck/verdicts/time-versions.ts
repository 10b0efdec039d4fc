import { otherPeople, sameTimeframe, type Claim } from '../claims/claim.js';
import type { ClockTime } from '../claims/clock-time.js';
import type { DatedEvent } from '../claims/dated-event.js';

/** Claims that give a once-only happening the same time of day: one side of a conflict. */
export interface TimeVersion {
  kind: 'time';
  clock: ClockTime;
  claims: Claim[];
  /** The words of the first claim that give the time ("shortly after 6 p.m."). */
  text: string;
}

const DAY = 24 * 60;

/**
 * How far after one time another may be, given on the same day or not: without a day given on
 * both sides, 12.10 a.m. is 25 minutes after 11.45 p.m., not 23 hours before it.
 */
function minutesAfter(from: ClockTime, to: ClockTime, sameDay: boolean): number {
  const after = to.minutes - from.minutes;
  if (sameDay) return after;
  const wrapped = ((after % DAY) + DAY) % DAY;
  return wrapped > DAY / 2 ? wrapped - DAY : wrapped;
}

/**
 * How far an approximate time may be from the moment it tells. Reports round, and "about" leaves
 * open as much as the time's own precision: "about 6 p.m." may be 6.40, "about 6.25 p.m." is no
 * later than 6.40. "Shortly after 6 p.m." is within the hour after it, "just before" within the
 * hour before.
 */
const APPROXIMATE_SPAN = 60;
/** How far "about" reaches from a time given to the minute or to five minutes ("about 18:25"). */
const APPROXIMATE_MINUTE_SPAN = 15;

/** How far a time given on the hour or half hour may be from another: reports round to them. */
const ROUND_SPAN = 15;

const isRound = (clock: ClockTime) => clock.minutes % 30 === 0;

/** The minutes before and after a time of day that it may stand for. */
function reach(clock: ClockTime): [number, number] {
  if (clock.near === 'after') return [0, APPROXIMATE_SPAN];
  if (clock.near === 'before') return [-APPROXIMATE_SPAN, 0];
  const span = clock.approximate
    ? isRound(clock)
      ? APPROXIMATE_SPAN
      : APPROXIMATE_MINUTE_SPAN
    : isRound(clock)
      ? ROUND_SPAN
      : 0;
  return [-span, span];
}

/**
 * Two times of day that can be one moment: either lies within what the other may stand for
 * ("6 p.m." and "6.10 p.m." can; "about 6.25 p.m." and "shortly after 7 p.m." cannot).
 */
export function sameClock(x: ClockTime, y: ClockTime, sameDay = false): boolean {
  const within = (from: ClockTime, to: ClockTime) => {
    const [before, after] = reach(from);
    const apart = minutesAfter(from, to, sameDay);
    return apart >= before && apart <= after;
  };
  if (within(x, y) || within(y, x)) return true;
  // "About 6.20" and "around 6.40" may both be 6.30: two such times meet where their reaches do.
  const [bx, ax] = reach(x);
  const [by, ay] = reach(y);
  const apart = minutesAfter(x, y, sameDay);
  return (
    x.approximate &&
    y.approximate &&
    apart < ax - by &&
    apart > bx - ay &&
    !isRound(x) &&
    !isRound(y)
  );
}

/** Whether two happenings' times of day can be one moment, on the day they share if any. */
const clocksMeet = (x: DatedEvent, y: DatedEvent) =>
  sameClock(x.clock!, y.clock!, !!x.day && x.day === y.day);

/**
 * Two claims' once-only happenings of one verb whose days do not part them (one day, or none
 * given), neither said to be one more of its kind.
 */
function sameHappening(x: DatedEvent | null, y: DatedEvent | null): x is DatedEvent {
  return (
    !!x &&
    !!y &&
    x.verb === y.verb &&
    !x.further &&
    !y.further &&
    (!x.day || !y.day || x.day === y.day)
  );
}

/**
 * Happenings to people, which several people undergo at several times in one story: a passenger
 * dies at the scene and a crew member in hospital hours later.
 */
const TO_PEOPLE = new Set(['die', 'kill', 'resign']);

/**
 * Whether two claims tell one once-only happening with a time of day each: the same verb, days
 * that do not part them, and a word in common besides the verb and the times (what capsized).
 * Claims of the news and of the background, or about different people, tell two happenings.
 */
export function timedHappening(a: Claim, b: Claim): boolean {
  const x = a.datedEvent;
  const y = b.datedEvent;
  if (!sameHappening(x, y) || !x.clock || !y!.clock || TO_PEOPLE.has(x.verb)) return false;
  if (!sameTimeframe(a, b) || otherPeople(a, b)) return false;
  return x.about.some((word) => y!.about.includes(word));
}

/**
 * Whether two claims give one once-only happening incompatible times of day ("the ferry
 * capsized shortly after 6 p.m." / "the ferry overturned at about 7.30 p.m. on Tuesday").
 */
export function disagreeOnTime(a: Claim, b: Claim): boolean {
  if (!timedHappening(a, b)) return false;
  return !clocksMeet(a.datedEvent!, b.datedEvent!);
}

/** Whether `a` gives the happening `b` tells of a time that can be `b`'s. */
export function agreeOnTime(a: Claim, b: Claim): boolean {
  const x = a.datedEvent;
  const y = b.datedEvent;
  return sameHappening(x, y) && !!x.clock && !!y!.clock && clocksMeet(x, y!);
}

/**
 * A version per time where a fact's claims give a once-only happening incompatible times of day
 * (each claim on the first side every time of which it can be); or null.
 */
export function timeVersions(claims: Claim[]): TimeVersion[] | null {
  const sides: TimeVersion[] = [];
  for (const claim of claims) {
    const event = claim.datedEvent;
    if (!event?.clock) continue;
    // A side holds times that can each be each other's: "about 6" and "about 7.30" are not one
    // side because "6.50" could be either.
    const side = sides.find(
      (s) =>
        s.claims[0]!.datedEvent!.verb === event.verb &&
        s.claims.every((other) => sameClock(other.datedEvent!.clock!, event.clock!)),
    );
    if (side) side.claims.push(claim);
    else sides.push({ kind: 'time', clock: event.clock, claims: [claim], text: event.clock.text });
  }
  const disputed = sides.filter((side) =>
    sides.some(
      (other) =>
        other !== side && side.claims.some((a) => other.claims.some((b) => disagreeOnTime(a, b))),
    ),
  );
  return disputed.length >= 2 ? disputed : null;
}
