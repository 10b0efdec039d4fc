import type { FastifyInstance } from 'fastify';
import type { Archive, StoryQuery } from '../../store/archive.js';
import { httpError } from '../http-error.js';
import { REPORT_ARTICLE_CAP, type StoryReports } from '../queries/story-report.js';
import { storyView } from '../queries/story-view.js';
import { articleFilterQuery, toListQuery, type ArticleListParams } from './article-routes.js';
import {
  idParamsSchema,
  errorResponses,
  pageQuery,
  storyDetailSchema,
  storyPageSchema,
  storyReportSchema,
} from './schemas.js';

/** A filtered story list counts its matches no further than this (`totalCapped` then). */
export const STORY_COUNT_CAP = 1000;
/** How far a story list pages; older stories are reached with the date filters. */
export const MAX_STORY_OFFSET = 10_000;
/** Articles of one story on a page by default, and at most. */
export const STORY_ARTICLES_PAGE = 100;
export const MAX_STORY_ARTICLES_PAGE = 500;

/** A page of a story list with its (capped) count. */
export function storyListPage(archive: Archive, query: StoryQuery) {
  const { items, total } = archive.storyListPage(query, STORY_COUNT_CAP + 1);
  return { items, total: Math.min(total, STORY_COUNT_CAP), totalCapped: total > STORY_COUNT_CAP };
}

export const storyFilterQuery = {
  q: {
    ...articleFilterQuery.q,
    description:
      'Stories with an article whose title or text matches: words, "phrases", prefix*, AND/OR/NOT.',
  },
  outlet: { ...articleFilterQuery.outlet, description: 'Stories with an article of this outlet.' },
  from: { ...articleFilterQuery.from, description: 'Stories that run on or after this date.' },
  to: { ...articleFilterQuery.to, description: 'Stories that began on or before this date.' },
} as const;

/** Stories: a page of the list or of a search, one story with its articles by source. */
export function registerStoryRoutes(
  app: FastifyInstance,
  archive: Archive,
  reports: StoryReports,
): void {
  app.get<{ Querystring: ArticleListParams }>(
    '/api/stories',
    {
      schema: {
        tags: ['stories'],
        summary: 'List stories, most recent first, searched and filtered by date and outlet',
        querystring: {
          type: 'object',
          properties: {
            ...storyFilterQuery,
            ...pageQuery,
            offset: { ...pageQuery.offset, maximum: MAX_STORY_OFFSET },
          },
          additionalProperties: false,
        },
        response: { 200: storyPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const query = toListQuery(request.query);
      const { items, total, totalCapped } = storyListPage(archive, { ...query, limit, offset });
      return { total, totalCapped, limit, offset, items };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/stories/:id/report',
    {
      schema: {
        tags: ['stories'],
        summary: 'One story cross-checked: facts, statements, timeline and summary',
        description: `Made over the story's first ${REPORT_ARTICLE_CAP} articles by publication day (\`capped\` when it has more), on the first request after the story changes (seconds for a large story), then stored and reused until its articles or their sources change.`,
        params: idParamsSchema,
        response: { 200: storyReportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const story = archive.getStorySummary(request.params.id);
      if (!story) throw httpError(404, `no story ${request.params.id}`);
      // Stored as JSON, sent as it is.
      return reply.type('application/json; charset=utf-8').send(await reports.response(story));
    },
  );

  app.get<{ Params: { id: string }; Querystring: { limit: number; offset: number } }>(
    '/api/stories/:id',
    {
      schema: {
        tags: ['stories'],
        summary: 'One story: its articles grouped by independent source, copies and updates',
        params: idParamsSchema,
        querystring: {
          type: 'object',
          properties: {
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: MAX_STORY_ARTICLES_PAGE,
              default: STORY_ARTICLES_PAGE,
              description: "How many of the story's articles, grouped by source.",
            },
            offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
          },
          additionalProperties: false,
        },
        response: { 200: storyDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const page = archive.getStoryPage(request.params.id, { limit, offset });
      if (!page) throw httpError(404, `no story ${request.params.id}`);
      return storyView(archive, page);
    },
  );
}
