import type { Article } from '../model/article.js';
import { dayOf } from './story-dates.js';
import type { StoryOptions } from './story-options.js';

/**
 * The article's publication day, or null, with a note, when it has none or one outside the
 * plausible range: a wrong date would shut the article out of its story's time window.
 */
export function publicationDay(
  article: Article,
  range: Pick<StoryOptions, 'earliestDate' | 'latestDate'>,
  notes: string[],
): string | null {
  const day = dayOf(article.published);
  if (!day) {
    notes.push(
      article.published
        ? `published "${article.published}" is not a date: treated as undated`
        : 'no publication date: matched on content alone',
    );
    return null;
  }
  if (day < range.earliestDate || day > range.latestDate) {
    notes.push(
      `published ${day} is outside ${range.earliestDate}..${range.latestDate}: treated as undated`,
    );
    return null;
  }
  return day;
}
