/** A `[start, end)` range of JavaScript string indices into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** One version of the story inside a body that keeps earlier versions below a marker line. */
export interface VersionSection extends Span {
  /** The marker line that introduced this version, or null for the newest (top) version. */
  marker: Span | null;
}

/** A credit line ("Additional reporting by ...") kept apart from the content. */
export type CreditSection = Span;

export interface Sections {
  versions: VersionSection[];
  credits: CreditSection[];
}

export interface Article {
  /** Derived from outlet and normalised text: the same content always gets the same id. */
  id: string;
  /** The path or URL the article was read from. */
  source: string;
  /** The article's own address, when known. */
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** ISO 8601 date or date-time, as precise as the input says. */
  published: string | null;
  /** ISO 639-1 code, from the page or detected from the text. */
  language: string | null;
  authors: string[];
  text: string;
  sections: Sections;
}

/** What a reader knows about one article before it gets an id and sections. */
export type ArticleDraft = Omit<Article, 'id' | 'sections' | 'authors' | 'language'> & {
  authors?: string[];
  language?: string | null;
};
