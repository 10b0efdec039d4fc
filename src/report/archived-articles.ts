import { failedAnalysis } from '../analyze/failed-analysis.js';
import type { StoryArticle } from '../crosscheck/cross-check.js';
import type { Archive } from '../store/archive.js';

/** Archived articles with their analyses, in the order given; ids not in the archive left out. */
export function archivedArticles(archive: Archive, ids: readonly string[]): StoryArticle[] {
  const items: StoryArticle[] = [];
  for (const id of ids) {
    const article = archive.getArticle(id);
    if (!article) continue;
    items.push({ article, analysis: archive.getAnalysis(id) ?? failedAnalysis('not analysed') });
  }
  return items;
}
