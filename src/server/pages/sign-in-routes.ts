import type { FastifyInstance } from 'fastify';
import { READ_COOKIE, isToken, readCookieValue } from '../access/credentials.js';
import { localPath } from '../html/safe-url.js';
import { sendPage } from './page-routes.js';
import { signInPage } from './sign-in-page.js';

const THIRTY_DAYS = 30 * 24 * 3600;

/** Signing in from a browser on another machine: the token, once, for a read-only cookie. */
export function registerSignInRoutes(app: FastifyInstance, token: string): void {
  app.get<{ Querystring: { next?: string } }>(
    '/sign-in',
    {
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { next: { type: 'string', maxLength: 2000 } } },
      },
    },
    async (request, reply) => sendPage(reply, signInPage(localPath(request.query.next), false)),
  );

  app.register(async (form) => {
    form.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 8 * 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    form.post<{ Body: { token?: string; next?: string } }>(
      '/sign-in',
      { schema: { hide: true } },
      async (request, reply) => {
        const next = localPath(request.body?.next);
        if (!isToken(request.body?.token, token))
          return sendPage(reply, signInPage(next, true), 401);
        return reply
          .header(
            'set-cookie',
            `${READ_COOKIE}=${readCookieValue(token)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${THIRTY_DAYS}`,
          )
          .redirect(next.value, 303);
      },
    );
  });
}
