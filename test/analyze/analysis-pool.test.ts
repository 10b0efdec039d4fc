import { describe, expect, it } from 'vitest';
import { inlineAnalyzer, workerAnalyzer } from '../../src/analyze/analysis-pool.js';
import { analyzeAll } from '../../src/engine/analyze-inputs.js';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { Article } from '../../src/model/article.js';

function article(n: number): Article {
  const text = `PORTO — About ${n + 10} dock workers walked out on Wednesday, the union said.\n\n“We stay out,” said Ana Duarte.`;
  const result = finishArticle(
    {
      source: `t${n}`,
      url: null,
      outlet: 'Harbour Post',
      title: null,
      published: '2031-04-02',
      text,
    },
    `t${n}`,
  );
  if (!('id' in result)) throw new Error('fixture');
  return result;
}

describe('analysis in worker threads', () => {
  it('gives the same analyses as this thread, in input order', async () => {
    const articles = Array.from({ length: 12 }, (_, n) => article(n));
    const pool = workerAnalyzer(2);
    try {
      const inWorkers = await analyzeAll(articles, pool);
      const inline = await analyzeAll(articles, inlineAnalyzer());
      expect(inWorkers.map((r) => r.article.id)).toEqual(articles.map((a) => a.id));
      expect(inWorkers.map((r) => r.analysis)).toEqual(inline.map((r) => r.analysis));
      expect(inWorkers.map((r) => r.features)).toEqual(inline.map((r) => r.features));
      expect(inline[3]!.features!.counts.size).toBeGreaterThan(0);
      expect(inline[3]!.analysis.quantities[0]!.value).toBe(13);
    } finally {
      await pool.close();
    }
  });
});
