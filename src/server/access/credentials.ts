import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const READ_COOKIE = 'crosscheck_read';

function sameSecret(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'compare').update(given).digest();
  const b = createHmac('sha256', 'compare').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** What a browser keeps after signing in: derived from the token, never the token itself. */
export function readCookieValue(token: string): string {
  return createHmac('sha256', token).update('crosscheck read cookie').digest('base64url');
}

export function isToken(given: string | undefined, token: string): boolean {
  return given !== undefined && sameSecret(given, token);
}

export function hasBearerToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return isToken(match?.[1], token);
}

export function hasReadCookie(request: FastifyRequest, token: string): boolean {
  const cookies = request.headers.cookie ?? '';
  for (const pair of cookies.split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === READ_COOKIE) return sameSecret(value.join('='), readCookieValue(token));
  }
  return false;
}
