import type { ArticleAnalysis, Entity, Quote, TextLayer } from '../model/analysis.js';
import type { Article, Span } from '../model/article.js';
import { findEntities } from './entities/find-entities.js';
import { withoutOwnOutlet } from './entities/own-outlet.js';
import { findQuantities } from './quantities/find-quantities.js';
import { findQuotes } from './quotes/find-quotes.js';
import { layerOf, winkTokens, type WinkTokens } from './text/text-layer.js';
import { findTimes, type ArticleTimes } from './times/find-times.js';

/** Languages the entity, quote, date and quantity rules are written for. */
const RULE_LANGUAGES = new Set(['en']);

/**
 * Articles that `analyzeArticles` takes in one call: workers and the in-thread analyzer send
 * batches of this size.
 */
export const ANALYSIS_BATCH = 32;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function notesOf(article: Article): string[] {
  if (!article.language || RULE_LANGUAGES.has(article.language)) return [];
  return [
    `language ${article.language}: the rules are written for English; entities, indirect quotes, dates and quantities may be missed`,
  ];
}

/**
 * Every annotation layer of one article: a pure function of its text, date and sections. One
 * tokenisation pass feeds every extractor.
 */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const [analysis] = analyzeArticles([article]);
  if (analysis instanceof Error) throw analysis;
  return analysis!;
}

/**
 * The analyses of many articles, each the same as `analyzeArticle`'s, or the error that stopped
 * it. Runs layer by layer (wink over every article, then every extractor over all of them): wink's
 * lookup tables and each extractor's own stay in the CPU caches for a whole batch, which took a
 * quarter off the time of the analysis article by article.
 */
export function analyzeArticles(articles: readonly Article[]): Array<ArticleAnalysis | Error> {
  return analyzeWithLayers(articles).map((result) =>
    result instanceof Error ? result : result.analysis,
  );
}

/** `analyzeArticles`, each analysis with the text layer it was read from. */
export function analyzeWithLayers(
  articles: readonly Article[],
): Array<{ analysis: ArticleAnalysis; layer: TextLayer } | Error> {
  const failures: Array<Error | undefined> = [];
  const stage = <T>(run: (article: Article, i: number) => T): Array<T | undefined> =>
    articles.map((article, i) => {
      if (failures[i]) return undefined;
      try {
        return run(article, i);
      } catch (error) {
        failures[i] = error instanceof Error ? error : new Error(String(error));
        return undefined;
      }
    });
  // wink's pass over every article first, with nothing between its reads to evict its tables.
  const tokens: Array<WinkTokens | undefined> = stage((article) => winkTokens(article.text));
  const layers: Array<TextLayer | undefined> = stage((article, i) =>
    layerOf(article.text, tokens[i]!),
  );
  const entities: Array<Entity[] | undefined> = stage((article, i) =>
    withoutOwnOutlet(findEntities(article.text, layers[i]!), article.outlet),
  );
  const quotes: Array<Quote[] | undefined> = stage((article, i) =>
    findQuotes(article.text, layers[i]!, entities[i]!),
  );
  const times: Array<ArticleTimes | undefined> = stage((article, i) =>
    findTimes(article, layers[i]!),
  );
  // A number inside a date or a length of time ("for two days") belongs to that layer.
  const quantities = stage((article, i) => {
    const temporal = [...times[i]!.times, ...times[i]!.durations];
    return findQuantities(article.text, layers[i]!).filter(
      (quantity) => !temporal.some((time) => overlaps(time, quantity)),
    );
  });
  return articles.map(
    (article, i) =>
      failures[i] ?? {
        analysis: {
          sentences: layers[i]!.sentences,
          entities: entities[i]!,
          quotes: quotes[i]!,
          times: times[i]!.times,
          durations: times[i]!.durations,
          quantities: quantities[i]!,
          notes: notesOf(article),
        },
        layer: layers[i]!,
      },
  );
}
