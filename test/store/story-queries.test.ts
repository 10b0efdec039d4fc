import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputs } from '../../src/engine/ingest-inputs.js';
import { SqliteArchive } from '../../src/store/sqlite/sqlite-archive.js';

let folder: string;
let archive: SqliteArchive;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-story-queries-'));
  archive = new SqliteArchive(join(folder, 'stories.db'));
  await ingestInputs(archive, ['examples/corpus'], { threads: 1 });
}, 60_000);

afterAll(() => {
  archive.close();
  rmSync(folder, { recursive: true, force: true });
});

const titles = (query: Parameters<SqliteArchive['listStories']>[0]) =>
  archive.listStories(query).map((story) => story.title);

describe('story queries', () => {
  it('lists the stories most recent first, paged, and counts them', () => {
    const all = archive.listStories();
    expect(all).toHaveLength(4);
    expect(archive.countStories()).toBe(4);
    const lasts = all.map((story) => story.last!);
    expect([...lasts].sort().reverse()).toEqual(lasts);
    expect(titles({ limit: 2, offset: 1 })).toEqual(all.slice(1, 3).map((story) => story.title));
  });

  it('reads the same page as summaries, counting sources as the story does', () => {
    for (const query of [{}, { search: 'dockers' }, { outlet: 'Harbourline', limit: 2 }]) {
      const stories = archive.listStories(query);
      expect(archive.listStorySummaries(query)).toEqual(
        stories.map(({ id, title, first, last, articles, sources }) => ({
          id,
          title,
          first,
          last,
          articles: articles.length,
          sources,
        })),
      );
    }
    expect(archive.listStorySummaries({ search: '""' })).toEqual([]);
  });

  it('finds the stories of the articles a full-text search matches', () => {
    expect(titles({ search: 'Busan' })).toEqual([expect.stringMatching(/Busan/)]);
    expect(archive.countStories({ search: 'Busan' })).toBe(1);
    expect(titles({ search: 'dockers' }).length).toBeGreaterThanOrEqual(2);
    expect(titles({ search: 'zebra' })).toEqual([]);
    // Only operators and quotes: no term, so nothing matches rather than a syntax error.
    expect(titles({ search: 'AND "" OR' })).toEqual([]);
    expect(archive.countStories({ search: 'AND "" OR' })).toBe(0);
  });

  it("filters by an outlet's articles and by the story's date range", () => {
    const herald = titles({ outlet: 'Pacific Rim Herald' });
    expect(herald).toEqual([expect.stringMatching(/Busan/)]);
    expect(archive.countStories({ outlet: 'Harbourline' })).toBe(3);
    expect(titles({ outlet: 'No Such Outlet' })).toEqual([]);
    // Busan: 9 to 11 June; Valencia: 12 to 14 May; the Porto floods: 12 to 16 April.
    expect(titles({ from: '2031-06-11' })).toEqual([expect.stringMatching(/Busan/)]);
    expect(titles({ from: '2031-06-12' })).toEqual([]);
    expect(titles({ to: '2031-04-01' })).toEqual([expect.stringMatching(/Lisbon/)]);
    expect(titles({ from: '2031-05', to: '2031-05-31' })).toEqual([
      expect.stringMatching(/Valencia/),
    ]);
    expect(archive.countStories({ from: '2031-04-10', to: '2031-05-12' })).toBe(2);
    expect(archive.countStories({ search: 'dockers', outlet: 'Tagus Courier' })).toBe(1);
  });

  it('counts no further than asked, and gives a page with its count in one call', () => {
    expect(archive.countStories({ outlet: 'Harbourline' }, 2)).toBe(2);
    expect(archive.countStories({ search: 'dockers' }, 1)).toBe(1);
    expect(archive.countStories({ from: '2031-01-01' }, 3)).toBe(3);
    for (const query of [{}, { search: 'dockers' }, { outlet: 'Harbourline' }, { to: '2031-05' }]) {
      expect(archive.storyListPage({ ...query, limit: 2 }, 100)).toEqual({
        items: archive.listStorySummaries({ ...query, limit: 2 }),
        total: archive.countStories(query),
      });
    }
  });

  it('orders a page by an index, not by sorting every story', () => {
    const db = (archive as unknown as { db: import('better-sqlite3').Database }).db;
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id FROM stories ORDER BY last DESC NULLS LAST, sequence DESC LIMIT 50',
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('stories_recent');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
