import type { StoryQuery } from '../archive.js';
import type { SqlFilter } from './article-filters.js';
import { toFtsQuery } from './fts-query.js';

export interface StoryFilter extends SqlFilter {
  /**
   * `stories s` with the index to read it by: the stories a search or an outlet finds are looked
   * up by id, in the index that holds their order, so that no story's record is read.
   */
  from: string;
}

/**
 * The search and filters of a story query as SQL conditions over `stories s`, or null when the
 * search has no term (nothing matches). The search and the outlet go through the articles'
 * indexes (full text, outlet) to their stories; the dates compare with the story's own range.
 */
export function storyFilters(query: StoryQuery): StoryFilter | null {
  const conditions: string[] = [];
  const params: string[] = [];
  if (query.search) {
    const fts = toFtsQuery(query.search);
    if (!fts) return null;
    conditions.push(
      `s.id IN (SELECT sa.story FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                JOIN story_articles sa INDEXED BY story_articles_story_of ON sa.article = a.id
                WHERE articles_fts MATCH ?)`,
    );
    params.push(fts);
  }
  if (query.outlet) {
    conditions.push(
      `s.id IN (SELECT sa.story FROM articles a
                JOIN story_articles sa INDEXED BY story_articles_story_of ON sa.article = a.id
                WHERE a.outlet = ?)`,
    );
    params.push(query.outlet);
  }
  if (query.from) {
    conditions.push('s.last >= ?');
    params.push(query.from);
  }
  if (query.to) {
    // Dates are ISO text: every date-time of the day `to` sorts before `to` + U+FFFF.
    conditions.push('s.first <= ?');
    params.push(`${query.to}\uffff`);
  }
  const byId = Boolean(query.search || query.outlet);
  return { conditions, params, from: byId ? 'stories s INDEXED BY stories_order_of' : 'stories s' };
}
