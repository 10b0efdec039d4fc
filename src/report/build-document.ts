import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import {
  articleRecord,
  type AnalysisDocument,
  type EntityRecord,
  type InputErrorRecord,
  type StoryRecord,
} from './analysis-document.js';
import type { StoryCrossCheck } from '../crosscheck/cross-check.js';
import type { TrackedStory } from '../stories/story-tracker.js';
import { entityId, quoteId } from './document-ids.js';
import { crossCheckTrackedStory } from './story-cross-check.js';

export interface AnalysedArticle {
  article: Article;
  analysis: ArticleAnalysis;
}

/** A tracked story as the document prints it, with its cross-check. */
export function storyRecord(story: TrackedStory, crossCheck: StoryCrossCheck): StoryRecord {
  return {
    id: story.id,
    title: story.title,
    first: story.first,
    last: story.last,
    articles: story.articles,
    sources: story.sources,
    copies: story.copies,
    updates: story.updates,
    origins: story.sourceGroups.map(({ articles, origin }) => ({ articles, origin })),
    notes: story.notes,
    facts: crossCheck.facts,
    statements: crossCheck.statements,
    timeline: crossCheck.timeline,
    summary: crossCheck.summary,
  };
}

const byPosition = <T extends { article: string; start: number; end: number }>(
  a: T,
  b: T,
  order: Map<string, number>,
) => order.get(a.article)! - order.get(b.article)! || a.start - b.start || a.end - b.end;

/**
 * Assembles the analysis document of a batch: articles in input order, entities merged across
 * articles by type and name (with global ids), every other layer flattened with its article, and
 * each story cross-checked over the batch's articles.
 */
export function buildDocument(
  items: AnalysedArticle[],
  errors: InputErrorRecord[],
  stories: TrackedStory[] = [],
): AnalysisDocument {
  const order = new Map(items.map((item, index) => [item.article.id, index]));
  const byId = new Map(items.map((item) => [item.article.id, item]));
  const entities = new Map<string, EntityRecord>();
  const document: Required<AnalysisDocument> = {
    articles: [],
    entities: [],
    quotes: [],
    times: [],
    durations: [],
    quantities: [],
    stories: stories.map((story) =>
      storyRecord(
        story,
        crossCheckTrackedStory(story, (id) => byId.get(id)),
      ),
    ),
    errors,
  };

  for (const { article, analysis } of items) {
    document.articles.push({
      ...articleRecord(article),
      sentences: analysis.sentences,
      notes: analysis.notes,
    });
    const globalIds = new Map<string, string>();
    for (const entity of analysis.entities) {
      const id = entityId(entity.type, entity.name);
      globalIds.set(entity.id, id);
      const record = entities.get(id) ?? {
        id,
        name: entity.name,
        type: entity.type,
        aliases: [],
        descriptors: [],
        mentions: [],
      };
      for (const alias of entity.aliases)
        if (!record.aliases.includes(alias) && alias !== record.name) record.aliases.push(alias);
      for (const descriptor of entity.descriptors)
        if (!record.descriptors.includes(descriptor)) record.descriptors.push(descriptor);
      record.mentions.push(
        ...entity.mentions.map((m) => ({ article: article.id, start: m.start, end: m.end })),
      );
      entities.set(id, record);
    }
    for (const quote of analysis.quotes) {
      document.quotes.push({
        id: quoteId(article.id, quote.start, quote.end),
        article: article.id,
        start: quote.start,
        end: quote.end,
        text: quote.text,
        kind: quote.kind,
        cue: quote.cue,
        speaker: quote.speaker && {
          entity: quote.speaker.entity ? (globalIds.get(quote.speaker.entity) ?? null) : null,
          name: quote.speaker.name,
          descriptor: quote.speaker.descriptor,
        },
      });
    }
    for (const time of analysis.times)
      document.times.push({
        article: article.id,
        start: time.start,
        end: time.end,
        text: time.text,
        value: time.value,
        reference: time.reference,
      });
    for (const duration of analysis.durations)
      document.durations.push({
        article: article.id,
        start: duration.start,
        end: duration.end,
        text: duration.text,
        value: duration.value,
      });
    for (const quantity of analysis.quantities) {
      document.quantities.push({
        article: article.id,
        start: quantity.start,
        end: quantity.end,
        text: quantity.text,
        value: quantity.value,
        unit: quantity.unit,
        approximate: quantity.approximate,
      });
    }
  }
  document.entities = [...entities.values()].sort(
    (a, b) =>
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
  for (const entity of document.entities) entity.mentions.sort((a, b) => byPosition(a, b, order));
  return document;
}
