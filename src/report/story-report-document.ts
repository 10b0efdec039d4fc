import type { Archive } from '../store/archive.js';
import type { TrackedStory } from '../stories/story-tracker.js';
import type { AnalysisDocument } from './analysis-document.js';
import { archivedArticles } from './archived-articles.js';
import { buildDocument } from './build-document.js';

/**
 * The analysis document of one archived story: its articles with their analyses, and the story
 * itself cross-checked over them. Articles missing from the archive are left out.
 */
export function storyReportDocument(archive: Archive, story: TrackedStory): AnalysisDocument {
  return buildDocument(archivedArticles(archive, story.articles), [], [story]);
}
