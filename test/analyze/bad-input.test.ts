import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { Article } from '../../src/model/article.js';

function article(text: string, language?: string): Article {
  const finished = finishArticle(
    { source: 't', url: null, outlet: null, title: null, published: '2031-04-02', text, language },
    't',
  );
  if (!('id' in finished)) throw new Error('fixture');
  return finished;
}

function spansInside(a: Article, spans: { start: number; end: number }[]) {
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(a.text.length);
    expect(span.start).toBeLessThanOrEqual(span.end);
  }
}

describe('analysis of bad input', () => {
  it('analyses a 5 MB article on one line without punctuation', () => {
    const a = article(
      'dock workers said the strike on Wednesday would go on and on '.repeat(85_000),
    );
    expect(a.text.length).toBeGreaterThan(5_000_000);
    const analysis = analyzeArticle(a);
    expect(analysis.sentences.length).toBeGreaterThan(0);
    spansInside(a, analysis.sentences);
  });

  it('never lets an unmatched quote mark swallow the rest of the article', () => {
    const text =
      '“We will not go back, said Ana Duarte.\n\nThe port stayed shut on Tuesday.\n\nTalks resume on Friday, the ministry said.';
    const a = article(text);
    const { quotes } = analyzeArticle(a);
    spansInside(a, quotes);
    for (const quote of quotes)
      expect(
        quote.text.includes('Talks resume on Friday') && quote.text.includes('We will not go back'),
      ).toBe(false);
  });

  it('notes what it cannot do for another language and still gives sentences', () => {
    const a = article(
      'Os estivadores pararam na terça-feira. «Não voltamos», disse Ana Duarte, dirigente do sindicato.',
      'pt',
    );
    const analysis = analyzeArticle(a);
    expect(analysis.notes[0]).toMatch(/^language pt: /);
    expect(analysis.sentences).toHaveLength(2);
  });

  it('handles an article of only punctuation or only one word', () => {
    for (const text of ['…', '“', 'Strike']) {
      const analysis = analyzeArticle(article(text));
      expect(analysis.quotes).toEqual([]);
    }
  });
});
