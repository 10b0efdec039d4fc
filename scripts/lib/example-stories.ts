/**
 * The example corpus read, analysed and grouped into stories the way the engine does it: each
 * story with what `crossCheckStory` reads (its articles with their analyses, its independent
 * sources) and a map from gold keys (URL, else path) to article ids.
 */
import { ANALYSIS_BATCH } from '../../src/analyze/analyze-article.js';
import { analyzeForStories } from '../../src/analyze/analyzed-article.js';
import type { CrossCheckInput } from '../../src/crosscheck/cross-check.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/model/article.js';
import { ReadError } from '../../src/model/read-error.js';
import { StoryTracker } from '../../src/stories/story-tracker.js';

export interface ExampleStories {
  stories: { id: string; title: string; input: CrossCheckInput }[];
  /** Gold key (URL, else path) → article id. */
  idOf: Map<string, string>;
  /** Article id → article. */
  articles: Map<string, Article>;
}

export async function exampleStories(corpus = 'examples/corpus'): Promise<ExampleStories> {
  const read: Article[] = [];
  for await (const item of readArticles([corpus])) {
    if (item instanceof ReadError) throw new Error(item.message);
    read.push(item);
  }
  const tracker = new StoryTracker();
  const analysisOf = new Map<string, CrossCheckInput['articles'][number]>();
  for (let at = 0; at < read.length; at += ANALYSIS_BATCH) {
    const batch = read.slice(at, at + ANALYSIS_BATCH);
    analyzeForStories(batch).forEach((result, i) => {
      const article = batch[i]!;
      if (result instanceof Error) throw result;
      analysisOf.set(article.id, { article, analysis: result.analysis });
      if (result.features) tracker.add(article, result.features);
    });
  }
  const stories = tracker.stories().map((story) => ({
    id: story.id,
    title: story.title,
    input: {
      articles: story.articles.map((id) => analysisOf.get(id)!),
      sources: story.sourceGroups.map((group) => ({ articles: group.articles })),
    },
  }));
  return {
    stories,
    idOf: new Map(read.map((article) => [article.url ?? article.source, article.id])),
    articles: new Map(read.map((article) => [article.id, article])),
  };
}
