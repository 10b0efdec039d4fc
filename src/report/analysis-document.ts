import type { Fact, Statement, SummarySentence, TimelineEntry } from '../crosscheck/cross-check.js';
import type { EntityType, QuoteKind, Sentence } from '../model/analysis.js';
import type { Article, Sections } from '../model/article.js';
import type { ReadError } from '../model/read-error.js';

/** One article as `crosscheck analyze` prints it. Field names are a contract: keep them. */
export interface ArticleRecord {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  authors: string[];
  text: string;
  sections: Sections;
  /** Present once the article is analysed. */
  sentences?: Sentence[];
  /** What the analysis could not do for this article. */
  notes?: string[];
}

export interface MentionRecord {
  article: string;
  start: number;
  end: number;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  descriptors: string[];
  mentions: MentionRecord[];
}

export interface SpeakerRecord {
  entity: string | null;
  name: string | null;
  descriptor: string | null;
}

export interface QuoteRecord {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: string | null;
  speaker: SpeakerRecord | null;
}

export interface TimeRecord {
  article: string;
  start: number;
  end: number;
  text: string;
  value: string | null;
  reference: string | null;
}

export interface DurationRecord {
  article: string;
  start: number;
  end: number;
  text: string;
  value: string | null;
}

export interface QuantityRecord {
  article: string;
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null;
  approximate: boolean;
}

export interface CopyRecord {
  article: string;
  of: string;
  similarity: number;
}

/** One event's articles: `sources` counts independent reporting (a copy group counts once). */
export interface StoryRecord {
  id: string;
  title: string;
  /** First and last publication day of its articles; null when none had a date. */
  first: string | null;
  last: string | null;
  articles: string[];
  sources: number;
  copies: CopyRecord[];
  updates: CopyRecord[];
  /** Where each independent source's reporting came from (an agency or the original's outlet). */
  origins: { articles: string[]; origin: string | null }[];
  /** What the clustering noted about some of its articles (no date, another language, ...). */
  notes: { article: string; reason: string; notes: string[] }[];
  /** The cross-check: what the articles say, aligned, with a verdict and evidence for each. */
  facts: Fact[];
  /** Remarks quoted by several articles, with each outlet's wording (`quotes` are quote ids). */
  statements: Statement[];
  timeline: TimelineEntry[];
  /** Extractive summary: each sentence with the evidence it rests on. */
  summary: SummarySentence[];
}

export interface InputErrorRecord {
  input: string;
  reason: string;
}

/** The JSON document of `crosscheck analyze`; later layers add their arrays beside `articles`. */
export interface AnalysisDocument {
  articles: ArticleRecord[];
  entities?: EntityRecord[];
  quotes?: QuoteRecord[];
  times?: TimeRecord[];
  durations?: DurationRecord[];
  quantities?: QuantityRecord[];
  stories?: StoryRecord[];
  errors: InputErrorRecord[];
}

export function articleRecord(article: Article): ArticleRecord {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    language: article.language,
    authors: article.authors,
    text: article.text,
    sections: article.sections,
  };
}

export function errorRecord(error: ReadError): InputErrorRecord {
  return { input: error.input, reason: error.reason };
}
