import type { FastifyInstance } from 'fastify';
import type { Archive } from '../../store/archive.js';
import { httpError } from '../http-error.js';
import { entityAppearances } from '../queries/entity-appearances.js';
import {
  entityDetailSchema,
  entitySummarySchema,
  errorResponses,
  pageOf,
  pageQuery,
} from './schemas.js';

export interface EntityListParams {
  q?: string;
  type?: string;
  limit: number;
  offset: number;
}

export const entityFilterQuery = {
  q: { type: 'string', maxLength: 200, description: 'Part of the name, any case.' },
  type: { type: 'string', enum: ['', 'person', 'organization', 'place'] },
} as const;

const quoteSchema = { type: 'object', additionalProperties: true } as const;

const appearanceSchema = {
  type: 'object',
  properties: {
    article: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        title: { type: ['string', 'null'] },
        outlet: { type: ['string', 'null'] },
        published: { type: ['string', 'null'] },
        url: { type: ['string', 'null'] },
        opening: { type: 'string', description: 'The first words of the text.' },
      },
    },
    quotes: {
      type: 'array',
      description:
        "The entity's quotes in this article; index is the quote's place in the article's analysis.",
      items: { type: 'object', properties: { index: { type: 'integer' }, quote: quoteSchema } },
    },
  },
} as const;

/** People, bodies and places across the archive, and each one's articles and quotes. */
export function registerEntityRoutes(app: FastifyInstance, archive: Archive): void {
  app.get<{ Querystring: EntityListParams }>(
    '/api/entities',
    {
      schema: {
        tags: ['people and bodies'],
        summary: 'List people, bodies and places, most often named first',
        querystring: {
          type: 'object',
          properties: { ...entityFilterQuery, ...pageQuery },
          additionalProperties: false,
        },
        response: { 200: pageOf(entitySummarySchema), ...errorResponses },
      },
    },
    async (request) => {
      const { q, type, limit, offset } = request.query;
      const query = { search: q || undefined, type: type || undefined };
      return {
        total: archive.countEntities(query),
        limit,
        offset,
        items: archive.listEntities({ ...query, limit, offset }),
      };
    },
  );

  app.get<{ Params: { key: string }; Querystring: { limit: number; offset: number } }>(
    '/api/entities/:key',
    {
      schema: {
        tags: ['people and bodies'],
        summary:
          'One person, body or place: names, roles, and a page of its articles with its quotes',
        params: {
          type: 'object',
          properties: { key: { type: 'string', maxLength: 100 } },
          required: ['key'],
        },
        querystring: {
          type: 'object',
          properties: { ...pageQuery, limit: { ...pageQuery.limit, maximum: 100, default: 20 } },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: { entity: entityDetailSchema, appearances: pageOf(appearanceSchema) },
            required: ['entity', 'appearances'],
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const entity = archive.getEntity(request.params.key);
      if (!entity) throw httpError(404, `no entity ${request.params.key}`);
      const { limit, offset } = request.query;
      return {
        entity,
        appearances: {
          total: entity.articles,
          limit,
          offset,
          items: entityAppearances(archive, entity.key, { limit, offset }),
        },
      };
    },
  );
}
