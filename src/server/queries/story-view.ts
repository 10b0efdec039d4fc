import type { Archive, StorySummary } from '../../store/archive.js';
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
  /** Where the reporting came from: a named agency, else the original's outlet. */
  origin: string | null;
  agency: string | null;
  /** The earliest copy or version; it may lie outside the story. */
  original: string;
  articles: StoryArticle[];
}

export interface StoryView {
  story: StorySummary & { titleArticle: string };
  sources: StorySourceView[];
  copies: TrackedStory['copies'];
  updates: TrackedStory['updates'];
  notes: TrackedStory['notes'];
  /** Facts, quotes, timeline and summary: null until cross-checking produces them (issue 5). */
  report: null;
}

export type { StorySummary };

export function storySummary(story: TrackedStory): StorySummary {
  const { id, title, first, last } = story;
  return { id, title, first, last, articles: story.articles.length, sources: story.sources };
}

/** A story with its articles as summaries, grouped by independent source. */
export function storyView(archive: Archive, story: TrackedStory): StoryView {
  const copyOf = new Map(story.copies.map((link) => [link.article, link.of]));
  const updateOf = new Map(story.updates.map((link) => [link.article, link.of]));
  const article = (id: string): StoryArticle => {
    const found = archive.getArticle(id);
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
  const byDate = (a: StoryArticle, b: StoryArticle) =>
    (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id);
  return {
    story: { ...storySummary(story), titleArticle: story.titleArticle },
    // First reported first: a source's earliest article, undated ones last.
    sources: story.sourceGroups
      .map((group) => ({
        origin: group.origin,
        agency: group.agency,
        original: group.original,
        articles: group.articles.map(article).sort(byDate),
      }))
      .sort((a, b) => byDate(a.articles[0]!, b.articles[0]!)),
    copies: story.copies,
    updates: story.updates,
    notes: story.notes,
    report: null,
  };
}
