import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { analyzeForStories } from '../../src/analyze/analyzed-article.js';
import { SqliteArchive } from '../../src/store/sqlite/sqlite-archive.js';
import { makeArticle } from '../server/server-fixture.js';
import { tempFolder } from '../helpers/temp.js';

describe('stored story reports', () => {
  it('keeps one report per story, found only under the key it was stored with', () => {
    const path = join(tempFolder(), 'reports.db');
    const archive = new SqliteArchive(path);
    expect(archive.getStoryReport('s-1', 'k1')).toBeNull();
    archive.saveStoryReport('s-1', 'k1', '{"facts":[1]}');
    archive.saveStoryReport('s-2', 'k1', '{"facts":[2]}');
    expect(archive.getStoryReport('s-1', 'k1')).toBe('{"facts":[1]}');
    archive.saveStoryReport('s-1', 'k2', '{"facts":[3]}');
    expect(archive.getStoryReport('s-1', 'k1')).toBeNull();
    expect(archive.getStoryReport('s-1', 'k2')).toBe('{"facts":[3]}');
    archive.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM story_reports').get()).toEqual({ n: 2 });
    db.close();
    // Kept across opening the archive again.
    const again = new SqliteArchive(path);
    expect(again.getStoryReport('s-2', 'k1')).toBe('{"facts":[2]}');
    again.close();
  });

  it("gives a story's first articles by day, undated last, with their sources among them", () => {
    const archive = new SqliteArchive(join(tempFolder(), 'by-date.db'));
    const text = (n: number) =>
      `LISBON — Dock workers at the port of Lisbon began a strike on Monday over pay. Report ${n}: ${n * 7919} dockers.`;
    const base = analyzeForStories([makeArticle({ text: text(0) })])[0]!;
    if (base instanceof Error || !base.features) throw new Error('no features');
    const features = base.features;
    const days = ['2031-04-05', null, '2031-04-02', '2031-04-09', '2031-04-03'];
    const ids = days.map((published, n) => {
      const article = makeArticle({ text: text(n + 1), published, outlet: `Outlet ${n}` });
      archive.addArticle(article, undefined, features);
      return { id: article.id, published };
    });
    const story = archive.storyOf(ids[0]!.id)!;
    const expected = [...ids]
      .sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff'))
      .map((item) => item.id);
    expect(archive.storyArticlesByDate(story, 10).articles).toEqual(expected);
    const firstThree = archive.storyArticlesByDate(story, 3);
    expect(firstThree.articles).toEqual(expected.slice(0, 3));
    expect(firstThree.sources.flatMap((source) => source.articles).sort()).toEqual(
      expected.slice(0, 3).sort(),
    );
    expect(archive.storyArticlesByDate('s-none', 10)).toEqual({ articles: [], sources: [] });
    archive.close();
  });
});
