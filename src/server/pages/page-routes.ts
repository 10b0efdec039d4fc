import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Archive } from '../../store/archive.js';
import { articleFilterQuery, toListQuery } from '../api/article-routes.js';
import { entityFilterQuery } from '../api/entity-routes.js';
import {
  MAX_STORY_OFFSET,
  STORY_ARTICLES_PAGE,
  storyFilterQuery,
  storyListPage as storyListQuery,
} from '../api/story-routes.js';
import { httpError } from '../http-error.js';
import { entityAppearances } from '../queries/entity-appearances.js';
import { outletList } from '../queries/outlet-list.js';
import { REPORT_ARTICLE_CAP, type StoryReports } from '../queries/story-report.js';
import { storyView } from '../queries/story-view.js';
import { articleListPage, type ArticleFilters } from './article-list-page.js';
import { articlePage } from './article-page.js';
import { entityListPage, type EntityFilters } from './entity-list-page.js';
import { entityPage } from './entity-page.js';
import { renderLayout, type Page } from './layout.js';
import { storyListPage } from './story-list-page.js';
import { storyPage } from './story-page.js';
import { COLUMNS_PER_PAGE, storyReportSection } from './story-report-section.js';

const STORIES_PER_PAGE = 25;
const ARTICLES_PER_PAGE = 25;
const ENTITIES_PER_PAGE = 50;
const APPEARANCES_PER_PAGE = 20;

const pageNumber = { page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 } } as const;

export function sendPage(reply: FastifyReply, page: Page, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderLayout(page));
}

/** The pages, rendered here so they read without script. */
export function registerPageRoutes(
  app: FastifyInstance,
  archive: Archive,
  reports: StoryReports,
): void {
  const outlets = outletList(archive);
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/stories', 302),
  );

  app.get<{ Querystring: ArticleFilters & { page: number } }>(
    '/stories',
    {
      schema: {
        hide: true,
        querystring: {
          type: 'object',
          properties: {
            ...storyFilterQuery,
            page: { ...pageNumber.page, maximum: MAX_STORY_OFFSET / STORIES_PER_PAGE + 1 },
          },
        },
      },
    },
    async (request, reply) => {
      const { page, ...filters } = request.query;
      const query = toListQuery(filters);
      const offset = (page - 1) * STORIES_PER_PAGE;
      const list = storyListQuery(archive, { ...query, limit: STORIES_PER_PAGE, offset });
      return sendPage(
        reply,
        storyListPage({
          filters,
          outlets: outlets(),
          items: list.items,
          totalCapped: list.totalCapped,
          window: { page, pageSize: STORIES_PER_PAGE, total: list.total },
        }),
      );
    },
  );

  app.get<{ Params: { id: string }; Querystring: { page: number; columns: number } }>(
    '/stories/:id',
    {
      schema: {
        hide: true,
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
        querystring: {
          type: 'object',
          properties: {
            ...pageNumber,
            columns: {
              type: 'integer',
              minimum: 1,
              maximum: Math.ceil(REPORT_ARTICLE_CAP / COLUMNS_PER_PAGE),
              default: 1,
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { page, columns } = request.query;
      const limit = STORY_ARTICLES_PAGE;
      const story = archive.getStoryPage(request.params.id, { limit, offset: (page - 1) * limit });
      if (!story) throw httpError(404, 'There is no such story in the archive.');
      const report = await reports.report(story.story);
      const from = (columns - 1) * COLUMNS_PER_PAGE;
      const columnIds = report.articles.slice(from, from + COLUMNS_PER_PAGE);
      const section = storyReportSection({
        story: story.story,
        report,
        heads: archive.articleHeads(report.articles),
        columns: columnIds
          .map((id) => archive.getArticle(id))
          .filter((article) => article !== null),
        window: { page: columns, pageSize: COLUMNS_PER_PAGE, total: report.articles.length },
        query: { page: page > 1 ? page : undefined },
      });
      return sendPage(
        reply,
        storyPage(
          storyView(archive, story),
          { page, pageSize: limit, total: story.story.articles },
          section,
          columns,
        ),
      );
    },
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
      const storyId = archive.storyOf(article.id);
      const story = storyId ? archive.getStorySummary(storyId) : null;
      return sendPage(
        reply,
        articlePage(
          article,
          archive.getAnalysis(article.id),
          story && { id: story.id, title: story.title },
        ),
      );
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
