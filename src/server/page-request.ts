import type { FastifyRequest } from 'fastify';

/** A request for a page (answered in HTML) rather than for the JSON API. */
export function isPageRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0]!;
  return !path.startsWith('/api/') && path !== '/openapi.json' && !path.startsWith('/static/');
}
