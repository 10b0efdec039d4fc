import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { httpError } from './http-error.js';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
}

/** The folder of the page's script and stylesheet, the same from src/ (tsx) and dist/. */
export const STATIC_FOLDER = new URL('../../web/static/', import.meta.url);

/** Every file of the folder, read once: a request can only name one of these, never a path. */
function loadStaticFiles(folder: URL): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(folder)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (!type) continue;
    const body = readFileSync(new URL(name, folder));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    files.set(name, { body, type, etag });
  }
  return files;
}

export function registerStaticFiles(app: FastifyInstance, folder = STATIC_FOLDER): void {
  const files = loadStaticFiles(folder);
  app.get<{ Params: { name: string } }>(
    '/static/:name',
    { schema: { hide: true } },
    async (request, reply) => {
      const file = files.get(request.params.name);
      if (!file) throw httpError(404, 'no such file');
      reply.header('cache-control', 'public, max-age=300').header('etag', file.etag);
      if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
      return reply.type(file.type).send(file.body);
    },
  );
}
