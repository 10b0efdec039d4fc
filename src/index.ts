export type {
  Article,
  ArticleDraft,
  Sections,
  Span,
  VersionSection,
  CreditSection,
} from './model/article.js';
export { ReadError } from './model/read-error.js';
export { articleId } from './model/article-id.js';
export { readArticles, type IngestOptions } from './ingest/read-articles.js';
export { readInput } from './ingest/read-input.js';
export { bufferInput, type Input } from './ingest/sources/input.js';
export { extractMainContent } from './ingest/html/extract-main-content.js';
export { analyzeInputs } from './engine/analyze-inputs.js';
export { ingestInputs, ingestArticles, type IngestSummary } from './engine/ingest-inputs.js';
export { buildServer, type ServerOptions } from './server/build-server.js';
export type {
  Archive,
  ArticleSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  ListQuery,
  OutletCount,
} from './store/archive.js';
export { SqliteArchive } from './store/sqlite/sqlite-archive.js';
export type { AnalysisDocument, ArticleRecord } from './report/analysis-document.js';
export { renderMarkdown } from './report/render-markdown.js';
export { StoryTracker, type TrackedStory } from './stories/story-tracker.js';
export { StoryIndex } from './stories/story-index.js';
export { CopyIndex, countSources, type CopyLink } from './stories/copies/index.js';
export { storyFeatures } from './stories/story-features.js';
export { analyzeArticle } from './analyze/analyze-article.js';
export type {
  ArticleAnalysis,
  Entity,
  EntityType,
  Quote,
  QuoteKind,
  Speaker,
  TimeExpression,
  Duration,
  Quantity,
} from './model/analysis.js';
export { buildDocument } from './report/build-document.js';
export { writeWarc } from './ingest/warc-writer.js';
export { crossCheckStory, type CrossCheckOptions } from './crosscheck/cross-check-story.js';
export type {
  CrossCheckInput,
  StoryArticle,
  StoryCrossCheck,
  Fact,
  FactStatus,
  FactVersion,
  Evidence,
  Statement,
  StatementWording,
  TimelineEntry,
  SummarySentence,
} from './crosscheck/cross-check.js';
export { WordVectors, installedVectors } from './crosscheck/align/word-vectors.js';
