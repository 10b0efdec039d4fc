import type { StoryQuery } from '../archive.js';
import { toFtsQuery } from './fts-query.js';

/**
 * How many of a search's matching articles, the most recently added first, a story search looks
 * at: a common word matches thousands, and finding their stories costs a lookup each.
 */
export const SEARCH_MATCH_CAP = 500;

/** A story query as one SQL statement's parts: `select` yields story ids in the list's order. */
export interface StorySql {
  /** `SELECT <id> FROM … WHERE …` without ORDER BY; the id column is named `id`. */
  select: string;
  /** ORDER BY clause for a page. */
  order: string;
  params: (string | number)[];
  /**
   * A search: `select` yields the story of each matching article, the most recent match first,
   * with repeats; the stories are the distinct ids in that order.
   */
  matches?: boolean;
  /** `select` reads `stories t` (by its covering list index), so it can take every summary column. */
  stories?: boolean;
  /** `select` reads `story_outlets t`, whose rows hold each story's `last` and `sequence`. */
  outlets?: boolean;
}

/** The last day of an ISO day, month or year, as `YYYY-MM-DD`. */
function lastDayOf(to: string): string {
  if (/^\d{4}$/.test(to)) return `${to}-12-31`;
  if (/^\d{4}-\d{2}$/.test(to)) {
    const [year, month] = to.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return to.slice(0, 10);
}

/** `to`'s last day plus some days, or null when that is no date (no bound then). */
function daysAfter(to: string, days: number): string | null {
  const time = Date.parse(`${lastDayOf(to)}T00:00:00Z`);
  if (!Number.isFinite(time) || !Number.isFinite(days) || days > 100_000) return null;
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The date conditions on a table with `last` and `first` columns (stories or story_outlets,
 * aliased `t`): a story overlaps [from, to]. Since no story spans more than `longestSpan` days,
 * its last day is also at most `to` + that, which bounds the index range that is read.
 */
function dateConditions(query: StoryQuery, longestSpan: number) {
  const conditions: string[] = [];
  const params: string[] = [];
  if (query.from) {
    conditions.push('t.last >= ?');
    params.push(query.from);
  }
  if (query.to) {
    // Dates are ISO text: every date-time of the day `to` sorts before `to` + U+FFFF.
    conditions.push('t.first <= ?');
    params.push(`${query.to}\uffff`);
    const bound = daysAfter(query.to, longestSpan);
    if (bound) {
      conditions.push('t.last <= ?');
      params.push(bound);
    }
  }
  return { conditions, params };
}

const where = (conditions: string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

/**
 * A story query as SQL, or null when the search has no term (nothing matches). Every shape reads
 * one index in the list's order: the stories (by last day), an outlet's stories (the same order),
 * or a search's matching articles, newest first and at most `SEARCH_MATCH_CAP` of them, whose
 * stories come in the order of their most recent match.
 */
export function storySql(query: StoryQuery, longestSpan: number): StorySql | null {
  const dates = dateConditions(query, longestSpan);
  if (query.search) {
    const fts = toFtsQuery(query.search);
    if (!fts) return null;
    const conditions = [...dates.conditions];
    const params: (string | number)[] = [fts, SEARCH_MATCH_CAP, ...dates.params];
    if (query.outlet) {
      conditions.push(
        'EXISTS (SELECT 1 FROM story_outlets o WHERE o.outlet = ? AND o.story = t.id)',
      );
      params.push(query.outlet);
    }
    const filtered = conditions.length > 0;
    // Matches come newest first; the caller keeps each story's first (most recent) match.
    return {
      select: `SELECT m.story AS id FROM
          (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f
          JOIN story_article_rowids m ON m.article = f.rowid
          ${filtered ? 'JOIN stories t INDEXED BY stories_order_of ON t.id = m.story' : ''}
          ${where(conditions)}`,
      order: '',
      params,
      matches: true,
    };
  }
  if (query.outlet) {
    return {
      select: `SELECT t.story AS id FROM story_outlets t INDEXED BY story_outlets_recent
               ${where(['t.outlet = ?', ...dates.conditions])}`,
      order: 'ORDER BY t.last DESC, t.sequence DESC',
      params: [query.outlet, ...dates.params],
      outlets: true,
    };
  }
  return {
    // A story all of whose articles moved to others is no story.
    select: `SELECT t.id AS id FROM stories t INDEXED BY stories_recent
             ${where(['t.size > 0', ...dates.conditions])}`,
    order: 'ORDER BY t.last DESC, t.sequence DESC',
    params: dates.params,
    stories: true,
  };
}
