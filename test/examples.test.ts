import { describe, expect, it } from 'vitest';
import { exampleDocument, gold, goldKey } from './helpers/example-corpus.js';
import { schemaErrors } from './helpers/schema.js';

describe('the example corpus', () => {
  it('reads whole, in every format, with no errors and a valid document', async () => {
    const document = await exampleDocument();
    expect(document.errors).toEqual([]);
    expect(document.articles.length).toBeGreaterThanOrEqual(24);
    expect(
      new Set(document.articles.map((a) => a.outlet).filter(Boolean)).size,
    ).toBeGreaterThanOrEqual(6);
    expect(new Set(Object.values(gold.articles).map((a) => a.format))).toEqual(
      new Set(['text', 'html', 'rss', 'atom', 'jsonl', 'warc']),
    );
    expect(gold.stories.length).toBeGreaterThanOrEqual(4);
    expect(schemaErrors(document)).toEqual([]);
  });

  it('gives every gold article exactly once, with its outlet, date and title', async () => {
    const document = await exampleDocument();
    const byKey = new Map(document.articles.map((a) => [goldKey(a), a]));
    expect([...byKey.keys()].sort()).toEqual(Object.keys(gold.articles).sort());
    for (const [key, expected] of Object.entries(gold.articles)) {
      const article = byKey.get(key)!;
      expect({ key, outlet: article.outlet, title: article.title }).toEqual({
        key,
        outlet: expected.outlet,
        title: expected.title,
      });
      expect({ key, published: article.published?.slice(0, 10) ?? null }).toEqual({
        key,
        published: expected.published?.slice(0, 10) ?? null,
      });
    }
  });

  it('finds every version kept below a marker, and no others', async () => {
    const document = await exampleDocument();
    const withVersions = document.articles.filter((a) => a.sections.versions.length > 1);
    expect(withVersions.map(goldKey).sort()).toEqual(gold.versions.map((v) => v.article).sort());
    for (const expected of gold.versions) {
      const article = withVersions.find((a) => goldKey(a) === expected.article)!;
      expect(article.sections.versions).toHaveLength(expected.versions);
      const marker = article.sections.versions[1]!.marker!;
      expect(article.text.slice(marker.start, marker.end)).toBe(expected.marker);
    }
  });

  it('records every credit line as a credit, and nothing else', async () => {
    const document = await exampleDocument();
    const found = document.articles.flatMap((a) =>
      a.sections.credits.map((c) => ({ article: goldKey(a), text: a.text.slice(c.start, c.end) })),
    );
    expect(found.sort((a, b) => a.text.localeCompare(b.text))).toEqual(
      [...gold.credits].sort((a, b) => a.text.localeCompare(b.text)),
    );
  });

  it('holds the hard cases the gold promises: wire copies, an update, a translated statement', () => {
    const goldFile = gold as unknown as {
      copies: unknown[];
      updates: unknown[];
      statements: { quotes: unknown[] }[];
    };
    expect(goldFile.copies.length).toBeGreaterThanOrEqual(2);
    expect(goldFile.updates.length).toBeGreaterThanOrEqual(1);
    expect(goldFile.statements.some((s) => s.quotes.length >= 2)).toBe(true);
  });
});
