import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../../src/ingest/read-articles.js';
import type { Article } from '../../../src/model/article.js';
import { ReadError } from '../../../src/model/read-error.js';
import { CopyIndex } from '../../../src/stories/copies/copy-index.js';
import { countSources } from '../../../src/stories/copies/count-sources.js';

interface Pair {
  article: string;
  of: string;
}
const gold = JSON.parse(readFileSync('examples/gold.json', 'utf8')) as {
  copies: Pair[];
  updates: Pair[];
  stories: { id: string; articles: string[]; sources: number }[];
};

async function corpus(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readArticles(['examples/corpus']))
    if (!(item instanceof ReadError)) articles.push(item);
  return articles;
}

describe('copies and updates in the example corpus', () => {
  it('finds every gold copy and update, invents none, and counts each story’s sources exactly, in any order', async () => {
    const articles = await corpus();
    const keyOf = new Map(articles.map((a) => [a.id, a.url ?? a.source]));
    const idOf = new Map(articles.map((a) => [a.url ?? a.source, a.id]));
    const sortPairs = (pairs: Pair[]) =>
      [...pairs].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
    for (const order of [articles, [...articles].reverse()]) {
      const index = new CopyIndex();
      for (const article of order) index.add(article);
      const links = index.links();
      const pairs = (kind: string) =>
        sortPairs(
          links
            .filter((l) => l.kind === kind)
            .map((l) => ({ article: keyOf.get(l.article)!, of: keyOf.get(l.of)! })),
        );
      expect(pairs('copy')).toEqual(sortPairs(gold.copies));
      expect(pairs('update')).toEqual(sortPairs(gold.updates));
      for (const story of gold.stories) {
        const ids = story.articles.map((key) => idOf.get(key)!);
        expect({ story: story.id, sources: countSources(ids, links) }).toEqual({
          story: story.id,
          sources: story.sources,
        });
      }
    }
  });
});
