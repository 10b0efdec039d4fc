import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH, serve, type Served } from './server-fixture.js';

let served: Served;

beforeEach(async () => {
  served = await serve({ maxIngestBytes: 4096 });
});

afterEach(() => served.close());

describe('static files', () => {
  it('serves the script and stylesheet with their types and a validator', async () => {
    const script = await served.app.inject({ method: 'GET', url: '/static/app.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const again = await served.app.inject({
      method: 'GET',
      url: '/static/app.js',
      headers: { 'if-none-match': String(script.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const style = await served.app.inject({ method: 'GET', url: '/static/style.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('never reaches outside its folder, however the path is written', async () => {
    for (const url of [
      '/static/../package.json',
      '/static/..%2fpackage.json',
      '/static/%2e%2e%2fpackage.json',
      '/static/%2e%2e/%2e%2e/package.json',
      '/static/..%5c..%5cpackage.json',
      '/static/.%2e/.%2e/etc/passwd',
      '/static/%2fetc%2fpasswd',
      '/static/app.js%00.css',
      '/static/',
      '/static/.',
      '/static/__proto__',
    ]) {
      const response = await served.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toMatch(/"dependencies"|root:/);
    }
  });
});

describe('request size limits', () => {
  it('refuses an ingestion body over its limit', async () => {
    const response = await served.app.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: AUTH,
      payload: { texts: [{ text: 'x'.repeat(5000) }] },
    });
    expect(response.statusCode).toBe(413);
    const raw = await served.app.inject({
      method: 'POST',
      url: '/api/ingest/document',
      headers: { ...AUTH, 'content-type': 'text/html' },
      payload: 'x'.repeat(5000),
    });
    expect(raw.statusCode).toBe(413);
  });

  it('refuses other bodies over 64 KiB, a sign-in over 8 KiB, and long parameters', async () => {
    const sign = await served.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${'x'.repeat(9000)}`,
    });
    expect(sign.statusCode).toBe(413);
    const big = await served.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: JSON.stringify({ x: 'y'.repeat(70 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    const long = await served.app.inject({ method: 'GET', url: `/articles/${'a'.repeat(300)}` });
    expect(long.statusCode).toBe(414);
    const search = await served.app.inject({
      method: 'GET',
      url: `/articles?q=${'a'.repeat(400)}`,
    });
    expect(search.statusCode).toBe(400);
    expect(search.headers['content-type']).toMatch(/text\/html/);
  });
});
