import type { CrossCheckInput } from '../cross-check.js';

/** Counts independent sources of a set of articles: articles of one source group count once. */
export class SourceCounter {
  private readonly groupOf = new Map<string, number>();

  constructor(input: CrossCheckInput) {
    input.sources.forEach((group, index) => {
      for (const article of group.articles) this.groupOf.set(article, index);
    });
    let next = input.sources.length;
    for (const { article } of input.articles)
      if (!this.groupOf.has(article.id)) this.groupOf.set(article.id, next++);
  }

  sourceOf(article: string): number {
    return this.groupOf.get(article) ?? -1;
  }

  count(articles: Iterable<string>): number {
    const groups = new Set<number>();
    for (const article of articles) groups.add(this.sourceOf(article));
    return groups.size;
  }
}
