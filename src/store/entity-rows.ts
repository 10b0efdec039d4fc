import type { ArticleAnalysis } from '../model/analysis.js';
import { entityId } from '../report/document-ids.js';

/** What the archive indexes about one person, body or place in one article. */
export interface EntityRow {
  /** The same id the analysis document gives: from type and name, across articles. */
  key: string;
  name: string;
  type: string;
  mentions: number;
  /** Quotes the article attributes to it. */
  quotes: number;
  aliases: string[];
  descriptors: string[];
}

/** The entities of one article's analysis, merged by key (an article may name one twice). */
export function entityRows(analysis: ArticleAnalysis): EntityRow[] {
  const quotesBySpeaker = new Map<string, number>();
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker?.entity;
    if (speaker) quotesBySpeaker.set(speaker, (quotesBySpeaker.get(speaker) ?? 0) + 1);
  }
  const rows = new Map<string, EntityRow>();
  for (const entity of analysis.entities) {
    const key = entityId(entity.type, entity.name);
    const row = rows.get(key) ?? {
      key,
      name: entity.name,
      type: entity.type,
      mentions: 0,
      quotes: 0,
      aliases: [],
      descriptors: [],
    };
    row.mentions += entity.mentions.length;
    row.quotes += quotesBySpeaker.get(entity.id) ?? 0;
    for (const alias of entity.aliases) if (!row.aliases.includes(alias)) row.aliases.push(alias);
    for (const descriptor of entity.descriptors)
      if (!row.descriptors.includes(descriptor)) row.descriptors.push(descriptor);
    rows.set(key, row);
  }
  return [...rows.values()];
}
