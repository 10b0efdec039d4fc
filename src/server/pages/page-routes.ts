import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Archive } from '../../store/archive.js';
import { articleFilterQuery, toListQuery } from '../api/article-routes.js';
import { entityFilterQuery } from '../api/entity-routes.js';
import { httpError } from '../http-error.js';
import { entityAppearances } from '../queries/entity-appearances.js';
import { outletList } from '../queries/outlet-list.js';
import { articleListPage, type ArticleFilters } from './article-list-page.js';
import { articlePage } from './article-page.js';
import { entityListPage, type EntityFilters } from './entity-list-page.js';
import { entityPage } from './entity-page.js';
import { renderLayout, type Page } from './layout.js';

const ARTICLES_PER_PAGE = 25;
const ENTITIES_PER_PAGE = 50;
const APPEARANCES_PER_PAGE = 20;

const pageNumber = { page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 } } as const;

export function sendPage(reply: FastifyReply, page: Page, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderLayout(page));
}

/** The pages, rendered here so they read without script. */
export function registerPageRoutes(app: FastifyInstance, archive: Archive): void {
  const outlets = outletList(archive);
  // The article list is the front page until stories have theirs.
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/articles', 302),
  );

  app.get<{ Querystring: ArticleFilters & { page: number } }>(
    '/articles',
    {
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { ...articleFilterQuery, ...pageNumber } },
      },
    },
    async (request, reply) => {
      const { page, ...filters } = request.query;
      const query = toListQuery(filters);
      const offset = (page - 1) * ARTICLES_PER_PAGE;
      return sendPage(
        reply,
        articleListPage({
          filters,
          outlets: outlets(),
          items: archive.listArticles({ ...query, limit: ARTICLES_PER_PAGE, offset }),
          window: { page, pageSize: ARTICLES_PER_PAGE, total: archive.countArticles(query) },
        }),
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        hide: true,
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
      },
    },
    async (request, reply) => {
      const article = archive.getArticle(request.params.id);
      if (!article) throw httpError(404, 'There is no such article in the archive.');
      return sendPage(reply, articlePage(article, archive.getAnalysis(article.id)));
    },
  );

  app.get<{ Querystring: EntityFilters & { page: number } }>(
    '/entities',
    {
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { ...entityFilterQuery, ...pageNumber } },
      },
    },
    async (request, reply) => {
      const { page, q, type } = request.query;
      const query = { search: q || undefined, type: type || undefined };
      const offset = (page - 1) * ENTITIES_PER_PAGE;
      return sendPage(
        reply,
        entityListPage({
          filters: { q, type },
          items: archive.listEntities({ ...query, limit: ENTITIES_PER_PAGE, offset }),
          window: { page, pageSize: ENTITIES_PER_PAGE, total: archive.countEntities(query) },
        }),
      );
    },
  );

  app.get<{ Params: { key: string }; Querystring: { page: number } }>(
    '/entities/:key',
    {
      schema: {
        hide: true,
        params: { type: 'object', properties: { key: { type: 'string', maxLength: 100 } } },
        querystring: { type: 'object', properties: pageNumber },
      },
    },
    async (request, reply) => {
      const entity = archive.getEntity(request.params.key);
      if (!entity) throw httpError(404, 'No one of that name is in the archive.');
      const { page } = request.query;
      const limit = APPEARANCES_PER_PAGE;
      const appearances = entityAppearances(archive, entity.key, {
        limit,
        offset: (page - 1) * limit,
      });
      return sendPage(
        reply,
        entityPage({
          entity,
          appearances,
          window: { page, pageSize: limit, total: entity.articles },
        }),
      );
    },
  );
}
