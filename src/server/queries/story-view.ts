import type { Archive, StoryHead, StoryPage, StorySummary } from '../../store/archive.js';
import type { TrackedStory } from '../../stories/story-tracker.js';

export interface StoryArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  /** The article this one copies (a wire copy), if it is one. */
  copyOf: string | null;
  /** The article this one updates (a later version), if it is one. */
  updateOf: string | null;
}

/** One independent source: the story's articles that are one piece of reporting. */
export interface StorySourceView {
  /** The source's place among the story's sources, from 0 (a source may run over pages). */
  index: number;
  /** Where the reporting came from: a named agency, else the original's outlet. */
  origin: string | null;
  agency: string | null;
  /** The earliest copy or version; it may lie outside the story. */
  original: string;
  /** Whether the original is one of the story's articles (on this page or another). */
  originalInStory: boolean;
  articles: StoryArticle[];
}

export interface StoryView {
  story: StoryHead;
  /** The page of the story's articles shown: `limit` of them from `offset`, by source. */
  limit: number;
  offset: number;
  sources: StorySourceView[];
  copies: TrackedStory['copies'];
  updates: TrackedStory['updates'];
  notes: TrackedStory['notes'];
  /** Where its cross-checked report is: facts, statements, timeline and summary. */
  report: string;
}

export type { StorySummary };

/** A page of a story's articles as summaries, grouped by independent source. */
export function storyView(archive: Archive, page: StoryPage): StoryView {
  const copyOf = new Map(page.copies.map((link) => [link.article, link.of]));
  const updateOf = new Map(page.updates.map((link) => [link.article, link.of]));
  const heads = new Map(
    archive
      .articleHeads(page.sources.flatMap((source) => source.articles))
      .map((head) => [head.id, head]),
  );
  const article = (id: string): StoryArticle => {
    const found = heads.get(id);
    return {
      id,
      outlet: found?.outlet ?? null,
      title: found?.title ?? null,
      published: found?.published ?? null,
      url: found?.url ?? null,
      copyOf: copyOf.get(id) ?? null,
      updateOf: updateOf.get(id) ?? null,
    };
  };
  // A source's articles by date, undated ones last (sources come first reported first).
  const byDate = (a: StoryArticle, b: StoryArticle) =>
    (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id);
  return {
    story: page.story,
    limit: page.limit,
    offset: page.offset,
    sources: page.sources.map((group) => ({
      index: group.index,
      origin: group.origin,
      agency: group.agency,
      original: group.original,
      originalInStory:
        group.articles.includes(group.original) ||
        archive.storyOf(group.original) === page.story.id,
      articles: group.articles.map(article).sort(byDate),
    })),
    copies: page.copies,
    updates: page.updates,
    notes: page.notes,
    report: `/api/stories/${encodeURIComponent(page.story.id)}/report`,
  };
}
