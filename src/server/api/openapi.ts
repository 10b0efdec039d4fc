import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { SERVER_VERSION } from '../version.js';

/** Collects the route schemas into an OpenAPI document; register before the routes. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'crosscheck',
        version: SERVER_VERSION,
        description:
          'Stories, articles and their annotations, people and bodies, and ingestion. Every list is paged (limit, offset) and capped. Reading is open to loopback clients; writing needs the server token as a Bearer token.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
  });
}

export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
