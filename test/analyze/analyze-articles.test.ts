import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeArticles } from '../../src/analyze/analyze-article.js';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { Article } from '../../src/model/article.js';

function article(n: number): Article {
  const finished = finishArticle(
    {
      source: `t${n}`,
      url: null,
      outlet: 'Harbour Post',
      title: null,
      published: '2031-04-02',
      text: `PORTO — About ${n + 10} dock workers walked out on Wednesday, the union said.\n\n“We stay out,” said Ana Duarte, who leads the union. Duarte said talks would resume on Friday.`,
    },
    `t${n}`,
  );
  if (!('id' in finished)) throw new Error('fixture');
  return finished;
}

describe('analyzeArticles', () => {
  it('gives each article of a batch the analysis it gets alone', () => {
    const articles = Array.from({ length: 5 }, (_, n) => article(n));
    const batch = analyzeArticles(articles);
    expect(batch).toEqual(articles.map((a) => analyzeArticle(a)));
    expect(batch[2]).toMatchObject({ quantities: [{ value: 12 }] });
  });

  it('gives an article whose analysis fails its error, and the others their analyses', () => {
    const broken = { ...article(1), text: 42 as unknown as string };
    const [first, failed, last] = analyzeArticles([article(0), broken, article(2)]);
    expect(failed).toBeInstanceOf(Error);
    expect(first).toEqual(analyzeArticle(article(0)));
    expect(last).toEqual(analyzeArticle(article(2)));
  });
});
