import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { httpError } from './http-error.js';
import { REPORT_ASSETS } from './report-assets.js';

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

function staticFile(body: Buffer, type: string): StaticFile {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  return { body, type, etag };
}

/** Every file of the folder, read once: a request can only name one of these, never a path. */
function loadStaticFiles(folder: URL): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(folder)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (!type) continue;
    const body = readFileSync(new URL(name, folder));
    files.set(name, staticFile(body, type));
  }
  for (const [name, text] of Object.entries(REPORT_ASSETS))
    files.set(name, staticFile(Buffer.from(text), TYPES[name.slice(name.lastIndexOf('.'))]!));
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
