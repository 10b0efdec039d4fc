import { sameFigure } from '../align/claim-similarity.js';
import type { WordVectors } from '../align/word-vectors.js';
import { sameTimeframe, type Claim } from '../claims/claim.js';
import { agreeOnFigure, figureVersions, type FigureVersion } from './figure-versions.js';
import { agreeOnDate, dateVersions, type DateVersion } from './date-versions.js';
import { agreeOnPlace, placeVersions, samePlace, type PlaceVersion } from './place-versions.js';

/**
 * One side of a conflict: the claims that give one figure of a thing, send it to one place, or
 * give it one day.
 */
export type Version = FigureVersion | PlaceVersion | DateVersion;

/** The sides of a fact's claims that disagree, on a figure first, a place, a day; or null. */
export const conflictVersions = (claims: Claim[], vectors: WordVectors | null) =>
  figureVersions(claims) ?? placeVersions(claims, vectors) ?? dateVersions(claims);

/**
 * Whether `a` says what `b` says of a thing a conflict is about: its figure, place or day (both
 * of the news or both of the background).
 */
export const agreeOnVersion = (a: Claim, b: Claim, vectors: WordVectors | null) =>
  sameTimeframe(a, b) && (agreeOnFigure(a, b) || agreeOnPlace(a, b, vectors) || agreeOnDate(a, b));

/** Two sides of two conflicts that say the same: the same figure of one unit, or one place. */
export function sameVersion(x: Version, y: Version): boolean {
  if (x.kind === 'figure' && y.kind === 'figure')
    return x.unit === y.unit && sameFigure(x.figure, y.figure);
  if (x.kind === 'place' && y.kind === 'place') return samePlace(x.key, y.key);
  if (x.kind === 'date' && y.kind === 'date') return x.day === y.day;
  return false;
}
