import type { CopyOrigin } from './copy-index.js';

/** One independent source among a story's articles. */
export interface StorySource {
  /** The story's articles that are this one piece of reporting, sorted. */
  articles: string[];
  /** The group's original (earliest copy or version); it may lie outside the story. */
  original: string;
  /** Where the reporting came from: the agency a credit or dateline names, else the original's outlet. */
  origin: string | null;
  /** The agency, when one is named. */
  agency: string | null;
}

/**
 * A story's independent sources, from the groups copy detection keeps: copies of one wire story
 * are one source, an update is one with what it updates. Sorted by first article.
 */
export function storySources(
  articleIds: readonly string[],
  copies: { origin(id: string): CopyOrigin | null },
): StorySource[] {
  const groups = new Map<string, { ids: string[]; origin: CopyOrigin | null }>();
  for (const id of new Set(articleIds)) {
    const origin = copies.origin(id);
    const original = origin?.original ?? id;
    const group = groups.get(original);
    if (group) group.ids.push(id);
    else groups.set(original, { ids: [id], origin });
  }
  return [...groups]
    .map(([original, { ids, origin }]) => ({
      articles: ids.sort(),
      original,
      origin: origin?.agency ?? origin?.outlet ?? null,
      agency: origin?.agency ?? null,
    }))
    .sort((a, b) => (a.articles[0]! < b.articles[0]! ? -1 : 1));
}
