import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { ArticleAnalysis } from '../../src/model/analysis.js';
import type { Article, ArticleDraft } from '../../src/model/article.js';
import { entityId } from '../../src/report/document-ids.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { SqliteArchive } from '../../src/store/sqlite/sqlite-archive.js';
import { tempFolder } from '../helpers/temp.js';

function article(text: string, extra: Partial<ArticleDraft> = {}): Article {
  const finished = finishArticle(
    {
      source: 'test',
      url: null,
      outlet: 'Harbour Post',
      title: null,
      published: null,
      text,
      ...extra,
    },
    'test',
  );
  if (!('id' in finished)) throw new Error('fixture did not finish');
  return finished;
}

/** Ana Reis quoted once, the Port Authority named: spans into "Ana Reis said ..." texts. */
function analysisWithReis(descriptor: string): ArticleAnalysis {
  return {
    sentences: [],
    entities: [
      {
        id: 'e1',
        name: 'Ana Reis',
        type: 'person',
        aliases: ['Reis'],
        descriptors: [descriptor],
        mentions: [{ start: 0, end: 8 }],
      },
      {
        id: 'e2',
        name: 'Port Authority',
        type: 'organization',
        aliases: [],
        descriptors: [],
        mentions: [{ start: 30, end: 44 }],
      },
    ],
    quotes: [
      {
        start: 15,
        end: 25,
        text: 'we strike',
        kind: 'direct',
        cue: 'said',
        cueSpan: null,
        speaker: { entity: 'e1', name: 'Ana Reis', descriptor: null, span: { start: 0, end: 8 } },
      },
    ],
    times: [],
    durations: [],
    quantities: [],
    notes: [],
  };
}

function fixtureArchive(): SqliteArchive {
  const archive = new SqliteArchive(join(tempFolder(), 'a.db'));
  archive.addArticle(
    article('Dock strike in Porto.', { outlet: 'Harbour Post', published: '2031-04-01' }),
  );
  archive.addArticle(
    article('Dock strike spreads.', { outlet: 'Harbour Post', published: '2031-04-02T18:30:00Z' }),
  );
  archive.addArticle(
    article('Dock strike ends.', { outlet: 'River Times', published: '2031-04-03' }),
  );
  archive.addArticle(article('Ferry news.', { outlet: 'River Times', published: '2031-04-03' }));
  return archive;
}

describe('archive queries', () => {
  it('filters articles by outlet and by date, the last day whole, alone or with a search', () => {
    const archive = fixtureArchive();
    expect(archive.listArticles({ outlet: 'River Times' })).toHaveLength(2);
    expect(archive.listArticles({ from: '2031-04-02' })).toHaveLength(3);
    expect(archive.listArticles({ to: '2031-04-02' }).map((a) => a.published)).toEqual([
      '2031-04-02T18:30:00Z',
      '2031-04-01',
    ]);
    expect(archive.listArticles({ search: 'dock', outlet: 'River Times' })).toHaveLength(1);
    expect(
      archive.listArticles({ search: 'dock', from: '2031-04-02', to: '2031-04-02' }),
    ).toHaveLength(1);
    archive.close();
  });

  it('counts what a query matches, whatever its page', () => {
    const archive = fixtureArchive();
    expect(archive.countArticles()).toBe(4);
    expect(archive.countArticles({ search: 'dock', limit: 1 })).toBe(3);
    expect(archive.countArticles({ outlet: 'Harbour Post', to: '2031-04-01' })).toBe(1);
    expect(archive.countArticles({ search: 'AND OR' })).toBe(0);
    archive.close();
  });

  it('lists outlets, most articles first', () => {
    const archive = fixtureArchive();
    archive.addArticle(article('Another ferry.', { outlet: 'River Times' }));
    expect(archive.listOutlets()).toEqual([
      { outlet: 'River Times', articles: 3 },
      { outlet: 'Harbour Post', articles: 2 },
    ]);
    archive.close();
  });

  it('indexes people and bodies of stored analyses with their articles and quotes', () => {
    const archive = new SqliteArchive(join(tempFolder(), 'a.db'));
    const first = article('Ana Reis said "we strike" at the Port Authority.', {
      published: '2031-04-01',
    });
    const second = article('Ana Reis said "we strike" and the Port Authority waits.', {
      published: '2031-04-02',
    });
    archive.addArticle(first, analysisWithReis('union leader'));
    archive.addArticle(second, analysisWithReis('spokeswoman'));
    const reis = entityId('person', 'Ana Reis');
    expect(archive.listEntities()).toEqual([
      { key: reis, name: 'Ana Reis', type: 'person', articles: 2, quotes: 2 },
      {
        key: entityId('organization', 'Port Authority'),
        name: 'Port Authority',
        type: 'organization',
        articles: 2,
        quotes: 0,
      },
    ]);
    expect(archive.listEntities({ type: 'organization' })).toHaveLength(1);
    expect(archive.listEntities({ search: 'reis' }).map((e) => e.name)).toEqual(['Ana Reis']);
    expect(archive.listEntities({ search: '%' })).toEqual([]);
    expect(archive.countEntities({ type: 'person' })).toBe(1);
    expect(archive.getEntity(reis)).toMatchObject({
      aliases: ['Reis'],
      descriptors: ['spokeswoman', 'union leader'],
    });
    expect(archive.getEntity('e-none')).toBeNull();
    expect(archive.entityArticleIds(reis)).toEqual([second.id, first.id]);
    expect(archive.entityArticleIds(reis, { limit: 1, offset: 1 })).toEqual([first.id]);
    archive.close();
  });

  it('indexes the analyses of an archive made before the entity index existed', () => {
    const path = join(tempFolder(), 'old.db');
    const old = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration as string);
    old.pragma('user_version = 2');
    const stored = article('Ana Reis said "we strike" at the Port Authority.');
    old
      .prepare(
        `INSERT INTO articles (id, source, url, outlet, title, published, language, authors, text, sections, ingested_at)
         VALUES (?, 'test', NULL, 'Harbour Post', NULL, NULL, 'en', '[]', ?, '{"versions":[],"credits":[]}', '2031-01-01')`,
      )
      .run(stored.id, stored.text);
    old
      .prepare('INSERT INTO analyses VALUES (?, ?)')
      .run(stored.id, JSON.stringify(analysisWithReis('x')));
    old.close();
    const archive = new SqliteArchive(path);
    expect(archive.getEntity(entityId('person', 'Ana Reis'))).toMatchObject({
      articles: 1,
      quotes: 1,
    });
    archive.close();
  });
});
