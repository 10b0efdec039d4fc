import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCookieValue } from '../../src/server/access/credentials.js';
import { AUTH, TOKEN, serve, type Served } from './server-fixture.js';

const ELSEWHERE = '203.0.113.9';
const POST_TEXT = { texts: [{ text: 'Dock workers walked out on Tuesday.' }] };

let served: Served;

beforeEach(async () => {
  served = await serve();
});

afterEach(() => served.close());

const inject = (options: InjectOptions) => served.app.inject(options);

describe('writing', () => {
  it('needs the token as a Bearer header, from loopback too', async () => {
    const none = await inject({ method: 'POST', url: '/api/ingest', payload: POST_TEXT });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    const wrong = await inject({
      method: 'POST',
      url: '/api/ingest',
      payload: POST_TEXT,
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await inject({
      method: 'POST',
      url: '/api/ingest',
      payload: POST_TEXT,
      headers: AUTH,
    });
    expect(right.statusCode).toBe(202);
  });

  it('never takes the sign-in cookie, so another site cannot make a browser write', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/ingest',
      payload: POST_TEXT,
      headers: { cookie: `crosscheck_read=${readCookieValue(TOKEN)}` },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('reading', () => {
  it('is open to loopback clients that name this machine', async () => {
    for (const host of ['127.0.0.1:4312', 'localhost:4312', '[::1]:4312', 'localhost']) {
      const response = await inject({ method: 'GET', url: '/api/articles', headers: { host } });
      expect(response.statusCode, host).toBe(200);
    }
    const v6 = await inject({ method: 'GET', url: '/api/articles', remoteAddress: '::1' });
    expect(v6.statusCode).toBe(200);
  });

  it('refuses a loopback client that names another site (DNS rebinding)', async () => {
    const response = await inject({
      method: 'GET',
      url: '/api/articles',
      headers: { host: 'attacker.example:4312' },
    });
    expect(response.statusCode).toBe(403);
    const page = await inject({
      method: 'GET',
      url: '/articles',
      headers: { host: 'attacker.example' },
    });
    expect(page.statusCode).toBe(403);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('needs the token from another machine: the API says 401, pages go to sign in', async () => {
    const api = await inject({ method: 'GET', url: '/api/articles', remoteAddress: ELSEWHERE });
    expect(api.statusCode).toBe(401);
    const page = await inject({ method: 'GET', url: '/articles?q=dock', remoteAddress: ELSEWHERE });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/sign-in?next=%2Farticles%3Fq%3Ddock');
    const withToken = await inject({
      method: 'GET',
      url: '/api/articles',
      remoteAddress: ELSEWHERE,
      headers: AUTH,
    });
    expect(withToken.statusCode).toBe(200);
    for (const open of ['/api/health', '/static/style.css', '/sign-in'])
      expect(
        (await inject({ method: 'GET', url: open, remoteAddress: ELSEWHERE })).statusCode,
        open,
      ).toBe(200);
  });

  it('signs a browser in with the token, for reading only, and only back to this site', async () => {
    const form = (token: string, next: string) => ({
      method: 'POST' as const,
      url: '/sign-in',
      remoteAddress: ELSEWHERE,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token, next }).toString(),
    });
    const wrong = await inject(form('guess', '/articles'));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const right = await inject(form(TOKEN, '/articles?q=dock'));
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe('/articles?q=dock');
    const cookie = String(right.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const pair = cookie.split(';')[0]!;
    const reading = await inject({
      method: 'GET',
      url: '/articles',
      remoteAddress: ELSEWHERE,
      headers: { cookie: pair },
    });
    expect(reading.statusCode).toBe(200);
    const forged = await inject({
      method: 'GET',
      url: '/articles',
      remoteAddress: ELSEWHERE,
      headers: { cookie: 'crosscheck_read=forged' },
    });
    expect(forged.statusCode).toBe(303);
    const away = await inject(form(TOKEN, '//evil.example/'));
    expect(away.headers.location).toBe('/');
  });
});
