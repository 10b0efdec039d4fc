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
});
