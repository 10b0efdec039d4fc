import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { ingestInputs } from '../../src/engine/ingest-inputs.js';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { ArticleAnalysis } from '../../src/model/analysis.js';
import type { Article, ArticleDraft } from '../../src/model/article.js';
import { buildServer, type ServerOptions } from '../../src/server/build-server.js';
import { SqliteArchive } from '../../src/store/sqlite/sqlite-archive.js';
import { tempFolder } from '../helpers/temp.js';

export const TOKEN = 'test-token-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

export interface Served {
  app: FastifyInstance;
  archive: SqliteArchive;
  close(): Promise<void>;
}

/** A server over a fresh archive; posted articles are analysed in the test's own thread. */
export async function serve(options: Partial<ServerOptions> = {}): Promise<Served> {
  const archive = new SqliteArchive(join(tempFolder(), 'server.db'));
  const app = await buildServer({ archive, token: TOKEN, analysis: 'inline', ...options });
  return {
    app,
    archive,
    close: async () => {
      await app.close();
      archive.close();
    },
  };
}

/** A server over the example corpus, read and analysed once per test file. */
export async function serveExamples(folder: string): Promise<Served> {
  const archive = new SqliteArchive(join(folder, 'examples.db'));
  await ingestInputs(archive, ['examples/corpus'], { threads: 1 });
  const app = await buildServer({ archive, token: TOKEN, analysis: 'inline' });
  return {
    app,
    archive,
    close: async () => {
      await app.close();
      archive.close();
    },
  };
}

export function makeArticle(draft: Partial<ArticleDraft> & { text: string }): Article {
  const finished = finishArticle(
    {
      source: 'test',
      url: null,
      outlet: 'Harbour Post',
      title: null,
      published: '2031-04-02',
      ...draft,
    },
    'test',
  );
  if (!('id' in finished)) throw new Error('fixture did not finish');
  return finished;
}

export function storeAnalysed(
  archive: SqliteArchive,
  article: Article,
  analysis?: ArticleAnalysis,
) {
  archive.addArticle(article, analysis ?? analyzeArticle(article));
  return article;
}

export function parsePage(body: string): Document {
  return parseHTML(body).document as unknown as Document;
}
