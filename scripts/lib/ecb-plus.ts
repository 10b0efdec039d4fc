/**
 * ECB+ as prepared for story clustering (../shared/data/stories): the articles of
 * `ecbplus-dev.jsonl` as crosscheck articles (the title, which in ECB+ is the first sentence,
 * opening the text), and the event mentions of `ecbplus-dev-events.json` by document.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { Article } from '../../src/model/article.js';
import { ReadError } from '../../src/model/read-error.js';

export interface EcbDocument {
  id: string;
  topic: number;
  story: string;
  title: string;
  /** The rest of the document after the title; its sentences are separated by single spaces. */
  body: string;
  article: Article;
}

export interface EcbMention {
  coref_chain: string;
  sent_id: number;
  tokens_str: string;
  mention_type: string;
  is_singleton: boolean;
}

/**
 * The documents of an ECB+ JSONL file, as crosscheck articles (title and body as one text).
 * Undated unless `dated` reads a date from a row's `published` (ECB+ dates are page furniture:
 * the cross-check reads the text; story clustering reads what dates it can).
 */
export function readEcbDocuments(
  path: string,
  dated: (published: string | null) => string | null = () => null,
): EcbDocument[] {
  const documents: EcbDocument[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      id: string;
      topic: number;
      story: string;
      title: string | null;
      text: string | null;
      published?: string | null;
    };
    const title = row.title ?? '';
    const body = row.text ?? '';
    const article = finishArticle(
      {
        source: row.id,
        url: null,
        outlet: null,
        title: null,
        published: dated(row.published ?? null),
        text: [title, body].filter(Boolean).join('\n\n'),
      },
      row.id,
    );
    if (article instanceof ReadError) throw new Error(article.message);
    documents.push({
      id: row.id,
      topic: row.topic,
      story: row.story,
      title,
      body,
      article,
    });
  }
  return documents;
}

export function readEcbMentions(path: string): Map<string, EcbMention[]> {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, EcbMention[]>;
  return new Map(Object.entries(raw));
}

/** ECB+ dates are page furniture ("Posted at 3 : 21 PM ET, 01 / 5 / 2011"): a day when one is given. */
export function looseDate(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.replace(/(\d) ([:/.-]) (?=\d)/g, '$1$2').replace(/([ap])\. m\./gi, '$1m');
  const found = chrono
    .parse(text)
    .find(
      (r) =>
        r.start.isCertain('year') &&
        r.start.isCertain('day') &&
        /\b\d{4}\b|\d+\/\d+\/\d+/.test(r.text),
    );
  return found ? found.start.date().toISOString().slice(0, 10) : null;
}
