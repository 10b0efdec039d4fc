import { forEachCount, type PackedCounts } from './packed-counts.js';
import type { FeatureKey } from './story.js';

/** Share of a story's articles from which a year they mention is the story's own. */
const STRONG_SHARE = 0.5;

const YEAR = /^t:(\d{4})/;

/** The year a date feature's key names, or null. */
export function keyYear(key: FeatureKey): number | null {
  const year = YEAR.exec(key)?.[1];
  return year ? Number(year) : null;
}

function yearsOf<K>(keys: Iterable<K>, yearOf: (key: K) => number | null): Set<number> {
  const found = new Set<number>();
  for (const key of keys) {
    const year = yearOf(key);
    if (year !== null) found.add(year);
  }
  return found;
}

interface DatedProfile<K> {
  /** Each feature with its count: as entries, or packed when features are ids (a story's own). */
  profile: Iterable<readonly [K, number]> | PackedCounts;
  profiled: number;
  first: string | null;
  last: string | null;
}

/**
 * Whether an article and a story report events of different years, when only one of them has
 * publication dates (when both do, the time window decides; when neither does, the years they
 * mention say too little, since a later article often names the earlier event). A dated article
 * conflicts with an undated story when most of the story's articles mention years and none of
 * those is the article's; an undated article conflicts with a dated story when it mentions years
 * and none falls within the story's. Features are keys, or ids with `yearOf` reading their year.
 */
export function yearConflict<K = FeatureKey>(
  date: string | null,
  article: Iterable<K>,
  story: DatedProfile<K>,
  yearOf: (key: K) => number | null = keyYear as (key: K) => number | null,
): boolean {
  const dated = Boolean(story.first && story.last);
  if (date) {
    if (dated) return false;
    const strong: K[] = [];
    const least = STRONG_SHARE * story.profiled;
    if (typeof story.profile === 'string')
      forEachCount(story.profile, (id, count) => {
        if (count >= least) strong.push(id as K);
      });
    else for (const [key, count] of story.profile) if (count >= least) strong.push(key);
    const mentioned = yearsOf(strong, yearOf);
    return mentioned.size > 0 && !mentioned.has(Number(date.slice(0, 4)));
  }
  if (!dated) return false;
  const from = Number(story.first!.slice(0, 4));
  const to = Number(story.last!.slice(0, 4));
  const mentioned = [...yearsOf(article, yearOf)];
  return mentioned.length > 0 && !mentioned.some((year) => year >= from && year <= to);
}
