/**
 * The facts and statements of examples/gold.json, each evidence text and quote located in its
 * article (article id and span, whitespace normalised on both sides).
 */
import { readFileSync } from 'node:fs';
import type { FactStatus } from '../../src/crosscheck/cross-check.js';
import type { Article, Span } from '../../src/model/article.js';
import { locate, normalise, type NormalisedText } from './locate-text.js';

interface GoldText {
  article: string;
  text: string;
}

interface RawGold {
  facts: {
    story: string;
    status: FactStatus;
    text: string;
    sources: number;
    articles: string[];
    evidence?: GoldText[];
    versions?: { text: string; sources: number; articles: string[]; evidence: GoldText[] }[];
  }[];
  statements: { story: string; speaker: string; quotes: GoldText[] }[];
}

/** One gold evidence item or quote: its article id and every span where its text stands. */
export interface GoldSpan {
  article: string;
  text: string;
  spans: Span[];
}

export interface GoldFact {
  story: string;
  status: FactStatus;
  text: string;
  sources: number;
  /** Every evidence item, those of each version included. */
  evidence: GoldSpan[];
}

export interface GoldStatement {
  story: string;
  speaker: string;
  quotes: GoldSpan[];
}

export function readCrossCheckGold(
  path: string,
  idOf: ReadonlyMap<string, string>,
  articles: ReadonlyMap<string, Article>,
): { facts: GoldFact[]; statements: GoldStatement[] } {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawGold;
  const normalised = new Map<string, NormalisedText>();
  const place = (item: GoldText): GoldSpan => {
    const id = idOf.get(item.article);
    const article = id === undefined ? undefined : articles.get(id);
    if (!id || !article) throw new Error(`gold article not read: ${item.article}`);
    let text = normalised.get(id);
    if (!text) normalised.set(id, (text = normalise(article.text)));
    const spans = locate(text, item.text);
    if (!spans.length) throw new Error(`gold text not found in ${item.article}: ${item.text}`);
    return { article: id, text: item.text, spans };
  };
  return {
    facts: raw.facts.map((fact) => ({
      story: fact.story,
      status: fact.status,
      text: fact.text,
      sources: fact.sources,
      evidence: [...(fact.evidence ?? []), ...(fact.versions ?? []).flatMap((v) => v.evidence)].map(
        place,
      ),
    })),
    statements: raw.statements.map((statement) => ({
      story: statement.story,
      speaker: statement.speaker,
      quotes: statement.quotes.map(place),
    })),
  };
}
