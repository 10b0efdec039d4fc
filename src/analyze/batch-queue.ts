import type { AnalyzedArticle } from './analyzed-article.js';
import type { Article } from '../model/article.js';

interface Request {
  article: Article;
  resolve: (analysis: AnalyzedArticle) => void;
  reject: (error: Error) => void;
}

export interface BatchQueue {
  add(article: Article): Promise<AnalyzedArticle>;
  /** Sends what is waiting now, without waiting for the batch to fill. */
  flush(): void;
}

/**
 * Gathers the articles asked for in one turn of the event loop and analyses them `size` at a
 * time: `analyzeArticles` is faster on a batch than article by article, and a worker round trip
 * per article kept workers idle.
 */
export function batchQueue(
  size: number,
  run: (articles: Article[]) => Promise<Array<AnalyzedArticle | Error>>,
): BatchQueue {
  let waiting: Request[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    run(batch.map((request) => request.article)).then(
      (results) =>
        batch.forEach((request, index) => {
          const result = results[index]!;
          if (result instanceof Error) request.reject(result);
          else request.resolve(result);
        }),
      (error: Error) => batch.forEach((request) => request.reject(error)),
    );
  };
  return {
    add: (article) =>
      new Promise<AnalyzedArticle>((resolve, reject) => {
        waiting.push({ article, resolve, reject });
        if (waiting.length >= size) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    flush,
  };
}
