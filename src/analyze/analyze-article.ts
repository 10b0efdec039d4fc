import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article, Span } from '../model/article.js';
import { findEntities } from './entities/find-entities.js';
import { findQuantities } from './quantities/find-quantities.js';
import { findQuotes } from './quotes/find-quotes.js';
import { textLayer } from './text/text-layer.js';
import { findTimes } from './times/find-times.js';

/** Languages the entity, quote, date and quantity rules are written for. */
const RULE_LANGUAGES = new Set(['en']);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every annotation layer of one article: a pure function of its text, date and sections. One
 * tokenisation pass feeds every extractor.
 */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const layer = textLayer(article.text);
  const notes: string[] = [];
  if (article.language && !RULE_LANGUAGES.has(article.language)) {
    notes.push(
      `language ${article.language}: the rules are written for English; entities, indirect quotes, dates and quantities may be missed`,
    );
  }
  const entities = findEntities(article.text, layer);
  const quotes = findQuotes(article.text, layer, entities);
  const { times, durations } = findTimes(article, layer);
  // A number inside a date or a length of time ("for two days") belongs to that layer.
  const temporal = [...times, ...durations];
  const quantities = findQuantities(article.text, layer).filter(
    (quantity) => !temporal.some((time) => overlaps(time, quantity)),
  );
  return { sentences: layer.sentences, entities, quotes, times, durations, quantities, notes };
}
