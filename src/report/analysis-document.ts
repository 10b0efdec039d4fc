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
}

export interface InputErrorRecord {
  input: string;
  reason: string;
}

/** The JSON document of `crosscheck analyze`; later layers add their arrays beside `articles`. */
export interface AnalysisDocument {
  articles: ArticleRecord[];
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
