import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';

/** One analysed article of the story being cross-checked. */
export interface StoryArticle {
  article: Article;
  analysis: ArticleAnalysis;
}

/**
 * What `crossCheckStory` reads: the story's articles and its independent sources (each group is
 * one piece of reporting: a wire story and its copies, an article and its updates).
 */
export interface CrossCheckInput {
  articles: StoryArticle[];
  /** Every article id in exactly one group; an article missing from all counts as its own. */
  sources: { articles: string[] }[];
}

/** The exact words of one article behind a fact, a timeline entry or a summary sentence. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  text: string;
}

export type FactStatus = 'corroborated' | 'single-source' | 'conflicting';

/** One side of a conflict: what some sources say, with their words. */
export interface FactVersion {
  /**
   * What the sides disagree on: a figure of one thing, the place one happening went to, or the
   * day or time of day of a once-only happening.
   */
  about: 'figure' | 'place' | 'date' | 'time';
  /**
   * The value this side gives ("about 1,200", "travelled on to Coimbra", "Wednesday", "shortly
   * after 6 p.m.").
   */
  text: string;
  sources: number;
  articles: string[];
  evidence: Evidence[];
}

/** Who a claim is attributed to, when the articles say so ("officials said", "according to"). */
export interface Attribution {
  speaker: string | null;
  cue: string | null;
}

/**
 * One thing the story's articles say happened or is so, aligned across articles.
 * `sources` counts independent sources (copies count once).
 */
export interface Fact {
  /** Stable for the same evidence: `f` + hash of its first evidence. */
  id: string;
  status: FactStatus;
  /** The clearest wording among the evidence (a sentence or clause of one article). */
  text: string;
  sources: number;
  articles: string[];
  evidence: Evidence[];
  /** For `conflicting`: each incompatible version with its sources. */
  versions?: FactVersion[];
  /** Attributed in every article ("officials say"); null when stated as the outlet's own. */
  attribution: Attribution | null;
  /** Hedged ("may", "reportedly", "believed to"): never stated as settled. */
  hedged: boolean;
  /** The day (or month, year) the fact happened, when the evidence dates it. */
  date: string | null;
  /**
   * For a single-source fact whose sentence other sources confirm in part (it is also evidence of
   * a corroborated fact): the words and figures of it that no other source gives, as written.
   */
  unconfirmed?: string[];
}

/** One wording of a statement: a quote of one article. */
export interface StatementWording {
  /** The quote's id in the analysis document (`quoteId`). */
  quote: string;
  article: string;
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'partial' | 'indirect';
}

/** One remark of one speaker as the articles quote it, translated or paraphrased differently. */
export interface Statement {
  id: string;
  speaker: string;
  descriptor: string | null;
  sources: number;
  /** Quote ids, in article order. */
  quotes: string[];
  wordings: StatementWording[];
}

export interface TimelineEntry {
  /** ISO date at its own granularity (`2031-04-01`, `2031-04`). */
  date: string;
  text: string;
  /** The fact this entry comes from. */
  fact: string;
  status: FactStatus;
  sources: number;
  evidence: Evidence[];
}

export interface SummarySentence {
  text: string;
  fact: string;
  status: FactStatus;
  sources: number;
  evidence: Evidence[];
}

/** The cross-checked account of one story. */
export interface StoryCrossCheck {
  facts: Fact[];
  statements: Statement[];
  timeline: TimelineEntry[];
  summary: SummarySentence[];
}
