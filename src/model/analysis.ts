import type { Span } from './article.js';

/** One token of the article's single tokenisation pass. */
export interface Token extends Span {
  text: string;
  /** Universal part-of-speech tag (PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Lemma of a verb or noun ("said" → "say"); other tokens, their lower-case form. */
  lemma: string;
}

export type Sentence = Span;

/** The tokens, sentences and paragraphs of one article: computed once, read by every extractor. */
export interface TextLayer {
  text: string;
  tokens: Token[];
  /**
   * A number for each token's text, the same for the same text throughout the process (see
   * `formNumbers`; -1 when the table is full): rules keep what they learn about a word by it
   * (see `FormMemo`).
   */
  forms: number[];
  sentences: Sentence[];
  paragraphs: Span[];
}

export type EntityType = 'person' | 'organization' | 'place';

/** A person, body or place named in one article, with every mention linked to it. */
export interface Entity {
  /** Unique within the article (`e1`, `e2`, ...); the document gives global ids. */
  id: string;
  /** The fullest form of the name in the article ("Ana Duarte", "Ministry of Labour"). */
  name: string;
  type: EntityType;
  /** Other forms used for it in the article ("Duarte", "Ms Duarte", "the minister"). */
  aliases: string[];
  /** Roles and appositives ("a research fellow at the Lisbon Institute", "union spokeswoman"). */
  descriptors: string[];
  mentions: Span[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  /** The article's entity, when the speaker is one. */
  entity: string | null;
  name: string | null;
  descriptor: string | null;
  /** Where the speaker is named (or referred to by a pronoun) for this quote. */
  span: Span | null;
}

/** Something someone is reported to have said: the span is the content, without quote marks. */
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  /** The reporting verb or phrase: said, told, added, warned, according to ... */
  cue: string | null;
  cueSpan: Span | null;
  speaker: Speaker | null;
}

/** A date or time with an absolute ISO 8601 value at its own granularity. */
export interface TimeExpression extends Span {
  text: string;
  /** `2031-04-02`, `2031-04`, `2031`, `2031-W14`, `2031-04-02T15:00`, or null when it cannot be resolved. */
  value: string | null;
  /** The date the expression was resolved against (the article's, or an update's). */
  reference: string | null;
}

/** A length of time ("for two days"): kept apart from dates, never resolved to one. */
export interface Duration extends Span {
  text: string;
  /** ISO 8601 duration: `P2D`, `PT40S`, `P3M`. */
  value: string | null;
}

/** A number with its unit and what it counts ("1,200 dock workers", "about 40 seconds"). */
export interface Quantity extends Span {
  text: string;
  value: number;
  unit: string | null;
  /** "about", "more than", "nearly": the number is not exact. */
  approximate: boolean;
}

/** Every annotation layer of one article; all spans are offsets into the article's text. */
export interface ArticleAnalysis {
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  durations: Duration[];
  quantities: Quantity[];
  /** What the analysis could not do for this article ("language de: quote rules are English only"). */
  notes: string[];
}
