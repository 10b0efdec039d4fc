import type { ArticleRecord, StoryRecord } from './analysis-document.js';

/** One article of a story report, with the number its citations use. */
export interface CitedArticle {
  /** From 1, in the story's article order: `[2]` cites the second. */
  number: number;
  /** The independent source (index into `StoryRecord.origins`) it belongs to, from 1. */
  source: number;
  record: ArticleRecord | null;
  id: string;
  /** The outlet, or the file it came from when no outlet is known. */
  label: string;
}

/** Numbers a story's articles for citations and finds each one's independent source. */
export class ReportSources {
  readonly articles: CitedArticle[];
  private readonly byId: Map<string, CitedArticle>;

  constructor(story: Pick<StoryRecord, 'articles' | 'origins'>, records: ArticleRecord[]) {
    const recordOf = new Map(records.map((record) => [record.id, record]));
    const sourceOf = new Map<string, number>();
    story.origins.forEach((origin, index) => {
      for (const id of origin.articles) sourceOf.set(id, index + 1);
    });
    let extra = story.origins.length;
    this.articles = story.articles.map((id, index) => {
      const record = recordOf.get(id) ?? null;
      return {
        number: index + 1,
        source: sourceOf.get(id) ?? ++extra,
        record,
        id,
        label: record?.outlet ?? record?.source.split('/').pop() ?? id,
      };
    });
    this.byId = new Map(this.articles.map((article) => [article.id, article]));
  }

  article(id: string): CitedArticle | undefined {
    return this.byId.get(id);
  }

  /** The cited articles of some evidence, each once, in number order. */
  cited(articleIds: Iterable<string>): CitedArticle[] {
    return [...new Set(articleIds)]
      .map((id) => this.byId.get(id))
      .filter((article): article is CitedArticle => article !== undefined)
      .sort((a, b) => a.number - b.number);
  }
}
