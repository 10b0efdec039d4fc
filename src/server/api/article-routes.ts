import type { FastifyInstance } from 'fastify';
import type { Archive, ListQuery } from '../../store/archive.js';
import { httpError } from '../http-error.js';
import {
  idParamsSchema,
  analysisSchema,
  articleSchema,
  articleSummarySchema,
  errorResponses,
  isoDate,
  outletSchema,
  pageOf,
  pageQuery,
} from './schemas.js';

export interface ArticleListParams {
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export const articleFilterQuery = {
  q: {
    type: 'string',
    maxLength: 300,
    description: 'Full-text search: words, "phrases", prefix*, AND/OR/NOT.',
  },
  outlet: { type: 'string', maxLength: 200, description: 'Exact outlet name.' },
  from: { ...isoDate, description: 'Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).' },
  to: { ...isoDate, description: 'Published on or before, the whole day.' },
} as const;

/** The search and filters of a list request (articles or stories: the same four). */
export function toListQuery(params: Omit<ArticleListParams, 'limit' | 'offset'>): ListQuery {
  return {
    search: params.q || undefined,
    outlet: params.outlet || undefined,
    from: params.from || undefined,
    to: params.to || undefined,
  };
}

/** Articles: a page of the list or of a search, one article with its annotations, the outlets. */
export function registerArticleRoutes(app: FastifyInstance, archive: Archive): void {
  app.get<{ Querystring: ArticleListParams }>(
    '/api/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'List articles, newest first, or search them (best match first)',
        querystring: {
          type: 'object',
          properties: { ...articleFilterQuery, ...pageQuery },
          additionalProperties: false,
        },
        response: { 200: pageOf(articleSummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const query = toListQuery(request.query);
      return {
        total: archive.countArticles(query),
        limit,
        offset,
        items: archive.listArticles({ ...query, limit, offset }),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article with its analysis: quotes, entities, times, durations, quantities',
        params: idParamsSchema,
        response: {
          200: {
            type: 'object',
            properties: { article: articleSchema, analysis: analysisSchema },
            required: ['article', 'analysis'],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const article = archive.getArticle(request.params.id);
      if (!article) throw httpError(404, `no article ${request.params.id}`);
      return { article, analysis: archive.getAnalysis(article.id) };
    },
  );

  app.get(
    '/api/outlets',
    {
      schema: {
        tags: ['articles'],
        summary: 'Outlets with their number of articles, most first (at most 1000)',
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: outletSchema } },
            required: ['items'],
          },
          ...errorResponses,
        },
      },
    },
    async () => ({ items: archive.listOutlets(1000) }),
  );
}
