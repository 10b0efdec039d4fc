import type { ListQuery } from '../archive.js';

export interface SqlFilter {
  /** Conditions on the `articles` table aliased `a`, joined with AND; empty when none. */
  conditions: string[];
  params: string[];
}

/** The outlet and date filters of a list query as SQL conditions over `articles a`. */
export function articleFilters(query: ListQuery): SqlFilter {
  const conditions: string[] = [];
  const params: string[] = [];
  if (query.outlet) {
    conditions.push('a.outlet = ?');
    params.push(query.outlet);
  }
  if (query.from) {
    conditions.push('a.published >= ?');
    params.push(query.from);
  }
  if (query.to) {
    // Dates are ISO text: every date-time of the day `to` sorts before `to` + U+FFFF.
    conditions.push('a.published <= ?');
    params.push(`${query.to}\uffff`);
  }
  return { conditions, params };
}
