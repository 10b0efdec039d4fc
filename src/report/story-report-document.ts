import { failedAnalysis } from '../analyze/failed-analysis.js';
import type { Archive } from '../store/archive.js';
import type { TrackedStory } from '../stories/story-tracker.js';
import type { AnalysisDocument } from './analysis-document.js';
import { buildDocument, type AnalysedArticle } from './build-document.js';

/**
 * The analysis document of one archived story: its articles with their analyses, and the story
 * itself cross-checked over them. Articles missing from the archive are left out.
 */
export function storyReportDocument(archive: Archive, story: TrackedStory): AnalysisDocument {
  const items: AnalysedArticle[] = [];
  for (const id of story.articles) {
    const article = archive.getArticle(id);
    if (!article) continue;
    const analysis = archive.getAnalysis(article.id) ?? failedAnalysis('not analysed');
    items.push({ article, analysis });
  }
  return buildDocument(items, [], [story]);
}
