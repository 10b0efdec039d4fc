import type { ArticleAnalysis, TextLayer, Token } from '../model/analysis.js';
import type { Article, Span } from '../model/article.js';
import { textLayer } from '../analyze/text/text-layer.js';
import { contentLemma } from './content-lemmas.js';
import { dateKeys, entityKey, LEAD_PREFIX, wordKey } from './feature-keys.js';
import { headlineOf } from './headline.js';
import { publicationDay, type DayRange } from './publication-day.js';
import type { ArticleFeatures, FeatureKey } from './story.js';
import { DEFAULT_STORY_OPTIONS } from './story-options.js';

/** Bounds the work on a pathological text; the index keeps far fewer (the strongest by weight). */
const MAX_FEATURES = 5000;

const within = (span: Span, spans: Span[]) =>
  spans.some((s) => span.start >= s.start && span.end <= s.end);

/**
 * What story clustering matches on in one article: its content lemmas (headline and lead
 * sentence count twice: news puts the event there), the people, organisations and places it
 * names (those its lead names once more, as lead names), and the dates it mentions. Credit lines are left out: a reporter's name says nothing
 * about the event. Pass the article's text layer when it is at hand, to save a second pass.
 */
export function storyFeatures(
  article: Article,
  analysis: ArticleAnalysis,
  layer: TextLayer = textLayer(article.text),
  range: DayRange = DEFAULT_STORY_OPTIONS,
): ArticleFeatures {
  const notes: string[] = [];
  const credits = article.sections.credits;
  const counts = new Map<FeatureKey, number>();
  const add = (key: FeatureKey, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);

  const english = !article.language || article.language === 'en';
  if (!english)
    notes.push(`language ${article.language}: words match only articles in ${article.language}`);
  const addWords = (tokens: Token[], weight: (token: Token) => number) => {
    for (const token of tokens) {
      const lemma = within(token, credits) ? null : contentLemma(token, english);
      if (lemma) add(wordKey(lemma, article.language), weight(token));
    }
  };
  const lead = layer.sentences.find((sentence) => !within(sentence, credits));
  addWords(layer.tokens, (token) => (lead && token.end <= lead.end ? 2 : 1));
  if (article.title?.trim()) addWords(textLayer(article.title).tokens, () => 2);

  for (const entity of analysis.entities) {
    const mentions = entity.mentions.filter((mention) => !within(mention, credits)).length;
    const key = entityKey(entity.type, entity.name);
    if (mentions && key) add(key, mentions);
    // The lead names the event's participants and place: who and where the article is about.
    if (key && lead && entity.mentions.some((mention) => mention.end <= lead.end))
      add(LEAD_PREFIX + key, 1);
  }
  for (const time of analysis.times)
    if (!within(time, credits)) for (const key of dateKeys(time.value)) add(key, 1);

  if (counts.size === 0) notes.push(article.text.trim() ? 'no content words' : 'empty text');
  return {
    headline: headlineOf(article, lead),
    titled: Boolean(article.title?.trim()),
    date: publicationDay(article, range, notes),
    language: article.language,
    counts: strongest(counts, MAX_FEATURES),
    notes,
  };
}

function strongest(counts: Map<FeatureKey, number>, limit: number): Map<FeatureKey, number> {
  if (counts.size <= limit) return counts;
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  return new Map(kept);
}

export { foldKey } from './feature-keys.js';
