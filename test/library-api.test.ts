import { describe, expect, it } from 'vitest';
import * as crosscheck from '../src/index.js';

describe('the library API', () => {
  it('reads, analyses and documents an article without the CLI', async () => {
    const input = crosscheck.bufferInput(
      'note.txt',
      Buffer.from('date 2031-04-02 Dockers walked out on Tuesday, the union said.'),
    );
    const articles = [];
    for await (const item of crosscheck.readInput(input))
      if (!(item instanceof crosscheck.ReadError)) articles.push(item);
    const analysis = crosscheck.analyzeArticle(articles[0]!);
    expect(analysis.times.map((t) => t.value)).toEqual(['2031-04-01']);
    const document = crosscheck.buildDocument([{ article: articles[0]!, analysis }], []);
    expect(document.articles[0]!.id).toBe(articles[0]!.id);
  });

  it('cross-checks a story of analysed articles', () => {
    const articles = ['Tollbridge Post', 'Harrow Ledger'].map((outlet, i) => {
      const text =
        i === 0
          ? 'The ferry Larkspur ran aground off Tesk Point on Monday with 140 passengers aboard.'
          : 'The Larkspur ferry, carrying 140 passengers, ran aground near Tesk Point on Monday.';
      const article = {
        id: `a${i}`,
        source: outlet,
        url: null,
        outlet,
        title: null,
        published: '2034-02-07',
        language: 'en',
        authors: [],
        text,
        sections: { versions: [{ start: 0, end: text.length, marker: null }], credits: [] },
      };
      return { article, analysis: crosscheck.analyzeArticle(article) };
    });
    const checked = crosscheck.crossCheckStory({ articles, sources: [] });
    const grounding = checked.facts.find((fact) => fact.sources === 2);
    expect(grounding?.status).toBe('corroborated');
    expect(grounding?.date).toBe('2034-02-06');
  });
});
