import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { Article, ArticleDraft } from '../../src/model/article.js';
import { SqliteArchive } from '../../src/store/sqlite/sqlite-archive.js';
import { tempFolder } from '../helpers/temp.js';

function article(text: string, extra: Partial<ArticleDraft> = {}): Article {
  const finished = finishArticle(
    {
      source: 'test',
      url: null,
      outlet: 'Harbour Post',
      title: null,
      published: '2031-04-02',
      text,
      ...extra,
    },
    'test',
  );
  if (!('id' in finished)) throw new Error('fixture did not finish');
  return finished;
}

describe('SqliteArchive', () => {
  it('stores an article whole and gives it back', () => {
    const archive = new SqliteArchive(join(tempFolder(), 'a.db'));
    const stored = article('Dock workers walked out on Tuesday.\n\nAna Reis reported from Porto.', {
      title: 'Walkout',
      authors: ['Ana Reis'],
    } as Partial<ArticleDraft>);
    expect(archive.addArticle(stored)).toBe('new');
    expect(archive.getArticle(stored.id)).toEqual(stored);
    expect(archive.getArticle(stored.id.slice(0, 6))).toEqual(stored);
    archive.close();
  });

  it('treats the same content twice as a no-op', () => {
    const archive = new SqliteArchive(join(tempFolder(), 'a.db'));
    const stored = article('Same text.');
    expect(archive.addArticle(stored)).toBe('new');
    expect(archive.addArticle({ ...stored, source: 'elsewhere' })).toBe('duplicate');
    expect(archive.countArticles()).toBe(1);
    archive.close();
  });

  it('links a changed version at the same address to the one it replaces', () => {
    const path = join(tempFolder(), 'a.db');
    const archive = new SqliteArchive(path);
    const first = article('Talks stalled.', { url: 'https://x.example/talks' });
    const second = article('Talks resumed.\n\nEarlier version:\n\nTalks stalled.', {
      url: 'https://x.example/talks',
    });
    archive.addArticle(first);
    archive.addArticle(second);
    archive.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT replaces FROM articles WHERE id = ?').get(second.id)).toEqual({
      replaces: first.id,
    });
    db.close();
  });

  it('searches titles and text, ranking title matches first, and never fails on odd queries', () => {
    const archive = new SqliteArchive(join(tempFolder(), 'a.db'));
    archive.addArticle(
      article('The ferry crews walked out.', { title: 'Dockers strike in Porto' }),
    );
    archive.addArticle(
      article('Dockers in Porto are angry; a strike may come.', { title: 'Ferry news' }),
    );
    archive.addArticle(article('Nothing about ports here.', { title: 'Weather' }));
    const hits = archive.listArticles({ search: 'dockers porto' });
    expect(hits.map((hit) => hit.title)).toEqual(['Dockers strike in Porto', 'Ferry news']);
    expect(archive.listArticles({ search: 'dock*' })).toHaveLength(2);
    expect(archive.listArticles({ search: 'AND OR "( NEAR' })).toEqual([]);
    expect(archive.listArticles({ search: 'São' })).toEqual([]);
    archive.close();
  });

  it('keeps what it holds across reopening and refuses a file that is no archive', () => {
    const folder = tempFolder();
    const path = join(folder, 'a.db');
    const first = new SqliteArchive(path);
    first.addArticle(article('Kept.'));
    first.close();
    const again = new SqliteArchive(path);
    expect(again.countArticles()).toBe(1);
    again.close();
    const bogus = join(folder, 'notes.db');
    writeFileSync(bogus, 'these are my notes, not a database '.repeat(200));
    expect(() => new SqliteArchive(bogus)).toThrow(/notes\.db: not a usable crosscheck archive/);
  });

  it('writes an article in one transaction: a failed write leaves nothing behind', () => {
    const path = join(tempFolder(), 'a.db');
    const archive = new SqliteArchive(path);
    const db = new Database(path);
    // Break the full-text index so the insert's trigger fails halfway through the write.
    db.exec(
      "CREATE TRIGGER fail_after AFTER INSERT ON articles WHEN new.title = 'poison' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;",
    );
    db.close();
    expect(() => archive.addArticle(article('Poisoned write.', { title: 'poison' }))).toThrow(
      /disk trouble/,
    );
    expect(archive.countArticles()).toBe(0);
    expect(archive.listArticles({ search: 'poisoned' })).toEqual([]);
    expect(archive.addArticle(article('A good one.'))).toBe('new');
    archive.close();
  });
});
