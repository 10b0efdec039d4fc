import type { FastifyInstance } from 'fastify';
import type { Archive } from '../../store/archive.js';
import { httpError } from '../http-error.js';
import { storyView } from '../queries/story-view.js';
import { articleFilterQuery, toListQuery } from './article-routes.js';
import {
  errorResponses,
  pageOf,
  pageQuery,
  storyDetailSchema,
  storySummarySchema,
} from './schemas.js';

export interface StoryListParams {
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
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
export function registerStoryRoutes(app: FastifyInstance, archive: Archive): void {
  app.get<{ Querystring: StoryListParams }>(
    '/api/stories',
    {
      schema: {
        tags: ['stories'],
        summary: 'List stories, most recent first, searched and filtered by date and outlet',
        querystring: {
          type: 'object',
          properties: { ...storyFilterQuery, ...pageQuery },
          additionalProperties: false,
        },
        response: { 200: pageOf(storySummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset } = request.query;
      const query = toListQuery(request.query);
      return {
        total: archive.countStories(query),
        limit,
        offset,
        items: archive.listStorySummaries({ ...query, limit, offset }),
      };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/stories/:id',
    {
      schema: {
        tags: ['stories'],
        summary: 'One story: its articles grouped by independent source, copies and updates',
        params: {
          type: 'object',
          properties: {
            id: {
              type: 'string',
              minLength: 4,
              maxLength: 100,
              description: 'Id, or an unambiguous prefix of at least 4 characters.',
            },
          },
          required: ['id'],
        },
        response: { 200: storyDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const story = archive.getStory(request.params.id);
      if (!story) throw httpError(404, `no story ${request.params.id}`);
      return storyView(archive, story);
    },
  );
}
