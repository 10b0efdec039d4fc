import type { FastifyInstance } from 'fastify';
import type { Archive } from '../../store/archive.js';
import { SERVER_VERSION } from '../version.js';

/** Whether the server answers and its archive can be read. */
export function registerHealthRoutes(app: FastifyInstance, archive: Archive): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['server'],
        summary: 'Health: the server answers and reads its archive (open to every client)',
        security: [],
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string', enum: ['ok'] },
              version: { type: 'string' },
              articles: { type: 'integer' },
            },
            required: ['status', 'version', 'articles'],
          },
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      version: SERVER_VERSION,
      articles: archive.countArticles(),
    }),
  );
}
