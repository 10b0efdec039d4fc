import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPageRequest } from '../page-request.js';
import { httpError } from '../http-error.js';
import { isLocalHostHeader, isLoopback } from './client-address.js';
import { hasBearerToken, hasReadCookie } from './credentials.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths anyone may reach: what signing in itself needs. */
const OPEN_PATHS = [/^\/sign-in$/, /^\/static\//, /^\/api\/health$/];

export type Denial = { status: 401 | 403; reason: string };

/**
 * Who may do what: writing needs the token in an Authorization header (never a cookie, so no
 * other site can make a browser write); reading is open to loopback clients that name this
 * machine, and needs the token or the sign-in cookie from anywhere else.
 */
export function checkAccess(request: FastifyRequest, token: string): Denial | null {
  const path = request.url.split('?')[0]!;
  const reading = READ_METHODS.has(request.method);
  if (hasBearerToken(request, token)) return null;
  if (OPEN_PATHS.some((pattern) => pattern.test(path))) return null;
  if (!reading) return { status: 401, reason: 'writing needs the token (Authorization: Bearer)' };
  if (hasReadCookie(request, token)) return null;
  if (isLoopback(request.socket.remoteAddress)) {
    if (isLocalHostHeader(request.headers.host)) return null;
    return { status: 403, reason: 'unexpected Host header for a loopback client' };
  }
  return { status: 401, reason: 'reading from another machine needs the token' };
}

/** Adds the access check to every request of the server. */
export function registerAccessControl(app: FastifyInstance, token: string): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const denial = checkAccess(request, token);
    if (!denial) return;
    if (denial.status === 401 && isPageRequest(request) && READ_METHODS.has(request.method)) {
      const next = new URLSearchParams({ next: request.url });
      return reply.redirect(`/sign-in?${next}`, 303);
    }
    if (denial.status === 401) reply.header('WWW-Authenticate', 'Bearer realm="crosscheck"');
    throw httpError(denial.status, denial.reason);
  });
}
