import { sameFigure } from '../align/claim-similarity.js';
import type { WordVectors } from '../align/word-vectors.js';
import { sameTimeframe, type Claim } from '../claims/claim.js';
import { agreeOnFigure, figureVersions, type FigureVersion } from './figure-versions.js';
import { agreeOnDate, dateVersions, type DateVersion } from './date-versions.js';
import { agreeOnPlace, placeVersions, samePlace, type PlaceVersion } from './place-versions.js';
import { agreeOnTime, sameClock, timeVersions, type TimeVersion } from './time-versions.js';

/**
 * One side of a conflict: the claims that give one figure of a thing, send it to one place, or
 * give it one day or one time of day.
 */
export type Version = FigureVersion | PlaceVersion | DateVersion | TimeVersion;

/** The sides of a fact's claims that disagree, on a figure first, a place, a day, a time; or null. */
export const conflictVersions = (claims: Claim[], vectors: WordVectors | null) =>
  figureVersions(claims) ??
  placeVersions(claims, vectors) ??
  dateVersions(claims) ??
  timeVersions(claims);

/**
 * Whether `a` says what `b` says of a thing a conflict is about, of the kinds it is about: its
 * figure, place, day or time (both of the news or both of the background). A report that gives
 * the day of a capsizing gives no side of a dispute over its hour.
 */
export const agreeOnVersion = (
  a: Claim,
  b: Claim,
  vectors: WordVectors | null,
  kinds: ReadonlySet<Version['kind']>,
) =>
  sameTimeframe(a, b) &&
  ((kinds.has('figure') && agreeOnFigure(a, b)) ||
    (kinds.has('place') && agreeOnPlace(a, b, vectors)) ||
    (kinds.has('date') && agreeOnDate(a, b)) ||
    (kinds.has('time') && agreeOnTime(a, b)));

/** Two sides of two conflicts that say the same: the same figure of one unit, or one place. */
export function sameVersion(x: Version, y: Version): boolean {
  if (x.kind === 'figure' && y.kind === 'figure')
    return x.unit === y.unit && sameFigure(x.figure, y.figure);
  if (x.kind === 'place' && y.kind === 'place') return samePlace(x.key, y.key);
  if (x.kind === 'date' && y.kind === 'date') return x.day === y.day;
  if (x.kind === 'time' && y.kind === 'time') return sameClock(x.clock, y.clock);
  return false;
}
