import type { FastifyInstance } from 'fastify';
import { httpError } from '../http-error.js';
import { INGEST_LIMITS, type IngestRequest } from '../jobs/ingest-request.js';
import { QueueFullError, type IngestJob, type IngestJobs } from '../jobs/ingest-jobs.js';
import { errorResponses, errorSchema, isoDate, jobSchema } from './schemas.js';

const optionalText = (maxLength: number) => ({ type: 'string', maxLength }) as const;

const ingestBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    texts: {
      type: 'array',
      maxItems: INGEST_LIMITS.texts,
      description: 'Articles as fields, as one line of a JSON Lines file.',
      items: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1 },
          title: optionalText(2000),
          url: optionalText(2000),
          outlet: optionalText(200),
          published: optionalText(40),
          language: optionalText(10),
          authors: { type: 'array', maxItems: 50, items: optionalText(200) },
        },
      },
    },
    urls: {
      type: 'array',
      maxItems: INGEST_LIMITS.urls,
      description: 'Pages or feeds to fetch (http or https; private addresses are refused).',
      items: { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', maxLength: 2000 },
    },
    documents: {
      type: 'array',
      maxItems: INGEST_LIMITS.documents,
      description:
        'Documents in any format crosscheck reads: HTML, RSS or Atom, dated text, JSON Lines.',
      items: {
        type: 'object',
        required: ['content'],
        additionalProperties: false,
        properties: { name: optionalText(200), content: { type: 'string', minLength: 1 } },
      },
    },
    outlet: { ...optionalText(200), description: 'Outlet for articles whose input names none.' },
    date: { ...isoDate, description: 'Publication date for articles whose input gives none.' },
  },
} as const;

const accepted = {
  202: { description: 'Accepted: the job runs in the background; poll its status.', ...jobSchema },
  413: errorSchema,
  503: errorSchema,
  ...errorResponses,
} as const;

const bearer = [{ bearer: [] }];

/** Ingestion: a POST starts a background job and answers with it; its status is polled. */
export function registerIngestRoutes(
  app: FastifyInstance,
  jobs: IngestJobs,
  maxBytes: number,
): void {
  const submit = (request: IngestRequest): IngestJob => {
    const empty = !request.texts?.length && !request.urls?.length && !request.documents?.length;
    if (empty) throw httpError(400, 'nothing to ingest: give texts, urls or documents');
    try {
      return jobs.submit(request);
    } catch (error) {
      if (error instanceof QueueFullError) throw httpError(503, error.message);
      throw error;
    }
  };

  app.post<{ Body: IngestRequest }>(
    '/api/ingest',
    {
      bodyLimit: maxBytes,
      schema: {
        tags: ['ingestion'],
        summary: 'Ingest texts, URLs (pages or feeds) and documents in the background',
        security: bearer,
        body: ingestBody,
        response: accepted,
      },
    },
    async (request, reply) => {
      const job = submit(request.body);
      return reply.code(202).header('location', `/api/ingest/jobs/${job.id}`).send(job);
    },
  );

  // A document posted as it is (any content type, gzip and WARC included): its own parser scope.
  app.register(async (raw) => {
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    raw.post<{ Body: Buffer; Querystring: { name?: string; outlet?: string; date?: string } }>(
      '/api/ingest/document',
      {
        bodyLimit: maxBytes,
        schema: {
          tags: ['ingestion'],
          summary: 'Ingest one document sent as the request body, in any format crosscheck reads',
          security: bearer,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { name: optionalText(200), outlet: optionalText(200), date: isoDate },
          },
          response: accepted,
        },
      },
      async (request, reply) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0)
          throw httpError(400, 'nothing to ingest: the body is empty');
        const { name, outlet, date } = request.query;
        const job = submit({
          documents: [{ name: name ?? 'document', content: request.body }],
          outlet,
          date,
        });
        return reply.code(202).header('location', `/api/ingest/jobs/${job.id}`).send(job);
      },
    );
  });

  app.get<{ Params: { id: string } }>(
    '/api/ingest/jobs/:id',
    {
      schema: {
        tags: ['ingestion'],
        summary: "An ingestion job's status and counts",
        params: {
          type: 'object',
          properties: { id: { type: 'string', maxLength: 100 } },
          required: ['id'],
        },
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (request) => {
      const job = jobs.get(request.params.id);
      if (!job)
        throw httpError(
          404,
          `no job ${request.params.id} (jobs are kept in memory until a restart)`,
        );
      return job;
    },
  );

  app.get(
    '/api/ingest/jobs',
    {
      schema: {
        tags: ['ingestion'],
        summary: 'The most recent ingestion jobs, newest first (at most 50)',
        response: {
          200: {
            type: 'object',
            properties: { items: { type: 'array', items: jobSchema } },
            required: ['items'],
          },
          ...errorResponses,
        },
      },
    },
    async () => ({ items: jobs.list(50) }),
  );
}
