import type { FeatureKey, StoryRecord } from './story.js';

/** Share of a story's articles from which a year they mention is the story's own. */
const STRONG_SHARE = 0.5;

const YEAR = /^t:(\d{4})/;

function yearsOf(keys: Iterable<FeatureKey>): Set<number> {
  const found = new Set<number>();
  for (const key of keys) {
    const year = YEAR.exec(key)?.[1];
    if (year) found.add(Number(year));
  }
  return found;
}

/**
 * Whether an article and a story report events of different years, when only one of them has
 * publication dates (when both do, the time window decides; when neither does, the years they
 * mention say too little, since a later article often names the earlier event). A dated article
 * conflicts with an undated story when most of the story's articles mention years and none of
 * those is the article's; an undated article conflicts with a dated story when it mentions years
 * and none falls within the story's.
 */
export function yearConflict(
  date: string | null,
  article: Iterable<FeatureKey>,
  story: Pick<StoryRecord, 'profile' | 'profiled' | 'first' | 'last'>,
): boolean {
  const dated = Boolean(story.first && story.last);
  if (date) {
    if (dated) return false;
    const strong: FeatureKey[] = [];
    for (const [key, count] of story.profile)
      if (count >= STRONG_SHARE * story.profiled) strong.push(key);
    const mentioned = yearsOf(strong);
    return mentioned.size > 0 && !mentioned.has(Number(date.slice(0, 4)));
  }
  if (!dated) return false;
  const from = Number(story.first!.slice(0, 4));
  const to = Number(story.last!.slice(0, 4));
  const mentioned = [...yearsOf(article)];
  return mentioned.length > 0 && !mentioned.some((year) => year >= from && year <= to);
}
