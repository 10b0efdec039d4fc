import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveExamples, type Served } from './server-fixture.js';

let served: Served;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-api-'));
  served = await serveExamples(folder);
}, 60_000);

afterAll(async () => {
  await served.close();
  rmSync(folder, { recursive: true, force: true });
});

async function getJson(url: string) {
  const response = await served.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

describe('the JSON API over the example corpus', () => {
  it('answers health with the number of articles', async () => {
    const { status, body } = await getJson('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', articles: 30 });
  });

  it('pages the article list, newest first, and caps its size', async () => {
    const first = await getJson('/api/articles?limit=10');
    expect(first.body.total).toBe(30);
    expect(first.body.items).toHaveLength(10);
    const dates = first.body.items.map((item: { published: string }) => item.published);
    expect([...dates].sort().reverse()).toEqual(dates);
    const last = await getJson('/api/articles?limit=10&offset=25');
    expect(last.body.items).toHaveLength(5);
    expect((await getJson('/api/articles')).body.limit).toBe(50);
    expect((await getJson('/api/articles?limit=5000')).status).toBe(400);
    expect((await getJson('/api/articles?offset=-1')).status).toBe(400);
  });

  it('searches with the archive full-text index and filters by outlet and date', async () => {
    const search = await getJson('/api/articles?q=' + encodeURIComponent('Kestrel Bay'));
    expect(search.body.total).toBeGreaterThan(2);
    for (const item of search.body.items) expect(item.snippet).toMatch(/\[Kestrel\]|\[Bay\]/);
    const outlet = await getJson('/api/articles?outlet=' + encodeURIComponent('Harbourline'));
    expect(outlet.body.total).toBeGreaterThan(0);
    for (const item of outlet.body.items) expect(item.outlet).toBe('Harbourline');
    const june = await getJson('/api/articles?from=2031-06-01&to=2031-06-30');
    expect(june.body.total).toBeGreaterThan(0);
    for (const item of june.body.items) expect(item.published.slice(0, 7)).toBe('2031-06');
    expect((await getJson('/api/articles?from=yesterday')).status).toBe(400);
    expect((await getJson('/api/articles?q=' + 'x'.repeat(301))).status).toBe(400);
  });

  it('gives one article with its quotes, entities, times and quantities, by id or prefix', async () => {
    const { body: list } = await getJson('/api/articles?q=batteries&limit=1');
    const id: string = list.items[0].id;
    const { status, body } = await getJson(`/api/articles/${id.slice(0, 8)}`);
    expect(status).toBe(200);
    expect(body.article.id).toBe(id);
    expect(body.analysis.quotes.length).toBeGreaterThan(0);
    expect(body.analysis.entities.length).toBeGreaterThan(0);
    expect(body.analysis.times.length).toBeGreaterThan(0);
    const quote = body.analysis.quotes[0];
    expect(body.article.text.slice(quote.start, quote.end)).toBe(quote.text);
    const missing = await getJson('/api/articles/ffffffffffff');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/no article/);
  });

  it('lists outlets, and people and bodies with their quotes across articles', async () => {
    const outlets = await getJson('/api/outlets');
    expect(outlets.body.items.length).toBeGreaterThan(5);
    const people = await getJson('/api/entities?type=person&limit=5');
    expect(people.body.items).toHaveLength(5);
    expect(people.body.items.every((e: { type: string }) => e.type === 'person')).toBe(true);
    const found = await getJson('/api/entities?q=sarmento');
    const key = found.body.items[0].key;
    const detail = await getJson(`/api/entities/${key}?limit=50`);
    expect(detail.body.entity).toMatchObject({ name: 'Henrique Sarmento', type: 'person' });
    expect(detail.body.appearances.items).toHaveLength(detail.body.entity.articles);
    const quotes = detail.body.appearances.items.flatMap((a: { quotes: unknown[] }) => a.quotes);
    expect(quotes).toHaveLength(detail.body.entity.quotes);
    expect((await getJson('/api/entities/e000')).status).toBe(404);
    expect((await getJson('/api/entities?type=animal')).status).toBe(400);
  });

  it('describes every API route in /openapi.json', async () => {
    const { status, body } = await getJson('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const routes = Object.entries(body.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual([
      'GET /api/articles',
      'GET /api/articles/{id}',
      'GET /api/entities',
      'GET /api/entities/{key}',
      'GET /api/health',
      'GET /api/ingest/jobs',
      'GET /api/ingest/jobs/{id}',
      'GET /api/outlets',
      'GET /api/stories',
      'GET /api/stories/{id}',
      'GET /api/stories/{id}/report',
      'POST /api/ingest',
      'POST /api/ingest/document',
    ]);
    expect(body.paths['/api/ingest'].post.security).toEqual([{ bearer: [] }]);
    expect(body.paths['/api/articles'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'outlet', 'from', 'to', 'limit', 'offset']),
    );
  });

  it('answers unknown API routes in JSON and unknown pages in HTML', async () => {
    const api = await served.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error).toMatch(/no route/);
    const page = await served.app.inject({ method: 'GET', url: '/nothing' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
