import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { inlineAnalyzer, workerAnalyzer, type Analyzer } from '../analyze/analysis-pool.js';
import type { Archive } from '../store/archive.js';
import { registerAccessControl } from './access/access-control.js';
import { registerArticleRoutes } from './api/article-routes.js';
import { registerEntityRoutes } from './api/entity-routes.js';
import { registerHealthRoutes } from './api/health-routes.js';
import { registerIngestRoutes } from './api/ingest-routes.js';
import { registerStoryRoutes } from './api/story-routes.js';
import { registerOpenApi, registerOpenApiRoute } from './api/openapi.js';
import { IngestJobs } from './jobs/ingest-jobs.js';
import { inlineCrossChecker, workerCrossChecker } from './queries/cross-checker.js';
import { StoryReports } from './queries/story-report.js';
import { isPageRequest } from './page-request.js';
import { errorPage } from './pages/error-page.js';
import { registerPageRoutes, sendPage } from './pages/page-routes.js';
import { registerSignInRoutes } from './pages/sign-in-routes.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerStaticFiles } from './static-files.js';

export interface ServerOptions {
  archive: Archive;
  /** What writing needs, and reading from other machines. */
  token: string;
  /** Largest ingestion request, in bytes (other requests: 64 KiB). */
  maxIngestBytes?: number;
  /**
   * Analyse posted articles and cross-check stories in worker threads (the default), or in the
   * server's own thread.
   */
  analysis?: 'worker' | 'inline';
  /** Let ingested URLs reach loopback, private and link-local addresses. */
  allowPrivateNetwork?: boolean;
  /** Time-out for each ingested URL. */
  fetchTimeoutMs?: number;
  /** Told about every failure that is the server's fault (status 500). */
  onError?: (error: Error) => void;
}

export const DEFAULT_MAX_INGEST_BYTES = 16 * 1024 * 1024;

function errorMessage(error: FastifyError): string {
  if (error.validation) return `invalid request: ${error.message}`;
  return error.message;
}

/**
 * The HTTP server: JSON API under /api, pages elsewhere, /openapi.json. Built, not started, so
 * tests drive it with inject and the CLI decides where it listens.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 200 },
    connectionTimeout: 60_000,
    requestTimeout: 60_000,
    return503OnClosing: true,
  });
  const { archive, token } = options;

  let analyzer: Analyzer | null = null;
  const jobs = new IngestJobs(archive, {
    analyzer: () =>
      (analyzer ??= options.analysis === 'inline' ? inlineAnalyzer() : workerAnalyzer(1)),
    allowPrivateNetwork: options.allowPrivateNetwork,
    timeoutMs: options.fetchTimeoutMs,
  });
  const checker = options.analysis === 'inline' ? inlineCrossChecker() : workerCrossChecker();
  const reports = new StoryReports(archive, checker);
  app.addHook('onClose', async () => {
    await jobs.close();
    await analyzer?.close();
    await checker.close();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500 && status !== 503) options.onError?.(error);
    const message = status === 500 ? 'internal error' : errorMessage(error);
    if (isPageRequest(request)) return sendPage(reply, errorPage(status, message), status);
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((request, reply) => {
    if (isPageRequest(request))
      return sendPage(reply, errorPage(404, 'There is no page here.'), 404);
    return reply
      .code(404)
      .send({ error: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  registerSecurityHeaders(app);
  registerAccessControl(app, token);
  await registerOpenApi(app);

  registerHealthRoutes(app, archive);
  registerStoryRoutes(app, archive, reports);
  registerArticleRoutes(app, archive);
  registerEntityRoutes(app, archive);
  registerIngestRoutes(app, jobs, options.maxIngestBytes ?? DEFAULT_MAX_INGEST_BYTES);
  registerOpenApiRoute(app);

  registerStaticFiles(app);
  registerSignInRoutes(app, token);
  registerPageRoutes(app, archive, reports);
  return app;
}
