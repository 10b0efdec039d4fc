import type { Sections, Span } from '../../model/article.js';
import { type Day, compareDays, dayFromIso, isValidDay } from './calendar.js';
import { chronoParser } from './chrono-parser.js';
import { weekdayOccurrence, yearOfMonth } from './resolve-by-tense.js';
import { MONTHS, SHORT_MONTHS } from './time-words.js';

/** A stretch of the text (one version of the story) and the date its expressions are resolved against. */
export interface VersionReference extends Span {
  reference: Day | null;
}

// An update line sits at the top of its version: "UPDATED April 6", "(Update, April 6, 2031)".
const HEAD_LENGTH = 300;
// Only at the start of a line or inside brackets: "the ministry updated its forecast" is no update line.
const UPDATE_WORD =
  /(?:^|[([])[ \t*]*(?:last\s+)?(?:updated?|revised)\b[\s:,.–—-]*(?:on\s+|at\s+)?/im;
const DATE_LENGTH = 60;

// The usual update line, "April 3, 2031)", read without chrono: a full date that nothing extends.
const PLAIN_DATE =
  /^([A-Z][a-z]{2,8})\.? (\d{1,2}), ([12]\d{3})(?=[)\]]|$|\s+(?!(?:be|ad|bce?|ce)(?![a-z]))[^\s\d])/i;

export interface Named {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
}

/** What the date at the start of `rest` names, as chrono reads it. */
export function namedDate(rest: string): Named | null {
  const plain = PLAIN_DATE.exec(rest);
  const word = plain?.[1]!.toLowerCase() ?? '';
  const month = Object.hasOwn(MONTHS, word) ? MONTHS[word] : undefined;
  // chrono knows the stop after short forms only ("Sept.", not "June.").
  const dotted = plain?.[0].charCodeAt(word.length) === 46;
  if (plain && month !== undefined && (!dotted || SHORT_MONTHS.has(word))) {
    const day = { year: Number(plain[3]), month, day: Number(plain[2]) };
    if (isValidDay(day)) return { ...day, weekday: null };
  }
  const result = chronoParser().parse(rest, {
    instant: new Date(Date.UTC(2000, 0, 1, 12)),
    timezone: 0,
  })[0];
  if (!result || result.index > 2) return null;
  const start = result.start;
  const known = (key: 'year' | 'month' | 'day' | 'weekday'): number | null =>
    start.isCertain(key) ? (start.get(key) ?? null) : null;
  return {
    year: known('year'),
    month: known('month'),
    day: known('day'),
    weekday: known('weekday'),
  };
}

/** The date an update line shows, read forward from the header date: an update comes after it. */
function updateDate(line: string, published: Day | null): Day | null {
  const word = UPDATE_WORD.exec(line);
  if (!word) return null;
  const rest = line.slice(word.index + word[0].length, word.index + word[0].length + DATE_LENGTH);
  const named = namedDate(rest);
  if (!named) return null;
  const { year, month, day, weekday } = named;
  let found: Day | null = null;
  if (month !== null && day !== null) {
    const chosen = year ?? (published && yearOfMonth(published, month, day, 'future'));
    found = chosen === null ? null : { year: chosen, month, day };
  } else if (weekday !== null && published) {
    found = weekdayOccurrence(published, weekday, 'future', null);
  }
  if (!found || (published && compareDays(found, published) < 0)) return null;
  return found;
}

/**
 * The reference date of each version of the body: the header date, or for a version that opens
 * with an update line (or sits above a marker that dates the update), the update's own date.
 */
export function versionReferences(
  text: string,
  published: string | null,
  sections: Sections,
): VersionReference[] {
  const header = dayFromIso(published);
  const versions =
    sections.versions.length > 0
      ? sections.versions
      : [{ start: 0, end: text.length, marker: null }];
  return versions.map((version, v) => {
    const head = text.slice(version.start, Math.min(version.end, version.start + HEAD_LENGTH));
    const marker = versions[v + 1]?.marker;
    const below = marker ? text.slice(marker.start, marker.end) : '';
    const update = updateDate(head, header) ?? updateDate(below, header);
    // The first version also owns any text before it (a title line), the last any text after.
    const start = v === 0 ? 0 : version.start;
    const end =
      v === versions.length - 1
        ? text.length
        : (versions[v + 1]!.marker?.start ?? versions[v + 1]!.start);
    return { start, end, reference: update ?? header };
  });
}
