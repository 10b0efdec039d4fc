import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeForStories } from '../../src/analyze/analyzed-article.js';
import { makeArticle, parsePage, serve, serveExamples, type Served } from './server-fixture.js';

let served: Served;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-stories-'));
  served = await serveExamples(folder);
}, 60_000);

afterAll(async () => {
  await served.close();
  rmSync(folder, { recursive: true, force: true });
});

async function json(url: string, status = 200) {
  const response = await served.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(status);
  return response.json();
}

async function page(url: string) {
  const response = await served.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  return parsePage(response.body);
}

interface StoryArticleJson {
  id: string;
  outlet: string | null;
  copyOf: string | null;
  updateOf: string | null;
}

async function busan() {
  const { items } = await json('/api/stories?q=Busan');
  return json(`/api/stories/${items[0].id}`);
}

describe('the story API', () => {
  it('lists the stories most recent first, paged', async () => {
    const all = await json('/api/stories');
    expect(all).toMatchObject({ total: 4, limit: 50, offset: 0 });
    expect(all.items).toHaveLength(4);
    expect(all.items[0]).toMatchObject({ title: expect.stringMatching(/Busan/), articles: 6 });
    expect(Object.keys(all.items[0]).sort()).toEqual(
      ['articles', 'first', 'id', 'last', 'sources', 'title'].sort(),
    );
    const second = await json('/api/stories?limit=2&offset=2');
    expect(second).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(second.items.map((s: { id: string }) => s.id)).toEqual(
      all.items.slice(2).map((s: { id: string }) => s.id),
    );
    await json('/api/stories?limit=201', 400);
  });

  it('searches, and filters by outlet and dates', async () => {
    const found = await json('/api/stories?q=Busan');
    expect(found.total).toBe(1);
    expect((await json('/api/stories?q=dockers')).total).toBeGreaterThanOrEqual(2);
    expect((await json('/api/stories?outlet=Pacific%20Rim%20Herald')).items).toEqual(found.items);
    expect((await json('/api/stories?from=2031-06-10&to=2031-06-30')).items).toEqual(found.items);
    // As a form sends it: untouched fields empty.
    expect((await json('/api/stories?q=&outlet=&from=&to=')).total).toBe(4);
    expect((await json('/api/stories?q=zebra')).total).toBe(0);
    await json('/api/stories?from=June', 400);
  });

  it('gives a story with its articles grouped by independent source', async () => {
    const view = await busan();
    expect(view.story).toMatchObject({ articles: 6, sources: 4 });
    expect(view.sources).toHaveLength(4);
    const articles: StoryArticleJson[] = view.sources.flatMap(
      (source: { articles: StoryArticleJson[] }) => source.articles,
    );
    expect(articles).toHaveLength(6);
    expect(view.copies).toHaveLength(2);
    expect(articles.filter((a) => a.copyOf)).toHaveLength(2);
    const wire = view.sources.find(
      (source: { agency: string | null }) => source.agency === 'Meridian Press Agency',
    );
    expect(wire.articles).toHaveLength(3);
    for (const article of articles)
      expect(Object.keys(article).sort()).toEqual(
        ['copyOf', 'id', 'outlet', 'published', 'title', 'updateOf', 'url'].sort(),
      );
    expect(view.report).toBe(`/api/stories/${view.story.id}/report`);
    // By an id prefix too.
    expect((await json(`/api/stories/${view.story.id.slice(0, 8)}`)).story.id).toBe(view.story.id);
    expect((await json('/api/stories/s-ffffffffffff', 404)).error).toMatch(/no story/);
  });

  it('documents both routes in /openapi.json', async () => {
    const { paths } = await json('/openapi.json');
    expect(paths['/api/stories'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'outlet', 'from', 'to', 'limit', 'offset']),
    );
    expect(paths['/api/stories/{id}'].get.responses['200']).toBeDefined();
  });
});

describe('the story pages', () => {
  it('starts at the story list, with search and filters that keep to the form', async () => {
    const root = await served.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/stories');
    const list = await page('/stories');
    expect(list.querySelectorAll('.story-item')).toHaveLength(4);
    expect(list.querySelector('.count')!.textContent).toBe('4 stories in the archive');
    expect(list.querySelector('nav a[aria-current=page]')!.textContent).toBe('Stories');
    const found = await page('/stories?q=Busan&outlet=&from=&to=');
    expect(found.querySelectorAll('.story-item')).toHaveLength(1);
    expect(found.querySelector('.story-item .meta')!.textContent).toMatch(
      /6 articles ·\s+4 independent sources/,
    );
    expect(found.querySelector('input[name=q]')!.getAttribute('value')).toBe('Busan');
    expect(found.querySelector('form.filters')!.getAttribute('action')).toBe('/stories');
    const none = await page('/stories?from=2040-01-01');
    expect(none.querySelector('.empty')!.textContent).toBe('No story matches.');
  });

  it('shows a story: its days, counts, and articles by source with copies marked', async () => {
    const view = await busan();
    const document = await page(`/stories/${view.story.id}`);
    expect(document.querySelector('h1')!.textContent).toBe(view.story.title);
    expect(document.querySelector('.story-head .meta')!.textContent).toMatch(
      /2031-06-09 to 2031-06-11 · 6 articles ·\s+4 independent sources/,
    );
    expect(document.querySelectorAll('.story-source')).toHaveLength(4);
    expect(document.querySelectorAll('.story-article')).toHaveLength(6);
    expect(document.querySelectorAll('.mark-copy')).toHaveLength(2);
    expect(document.querySelectorAll('.mark-original')).toHaveLength(1);
    expect(document.body.textContent).toContain('Source 1: Meridian Press Agency');
    for (const link of document.querySelectorAll('.story-article a'))
      expect(link.getAttribute('href')).toMatch(/^\/articles\/a[0-9a-f]+$/);
    expect(document.querySelector('.story-report')).not.toBeNull();
  });

  it("links an article back to its story, and answers a missing story's page", async () => {
    const view = await busan();
    const document = await page(`/articles/${view.sources[0].articles[0].id}`);
    const link = document.querySelector('.story-link a')!;
    expect(link.getAttribute('href')).toBe(`/stories/${view.story.id}`);
    expect(link.textContent).toBe(view.story.title);
    const missing = await served.app.inject({ method: 'GET', url: '/stories/s-ffffffff' });
    expect(missing.statusCode).toBe(404);
    expect(parsePage(missing.body).querySelector('.error')!.textContent).toMatch(/no such story/);
  });
});

describe('a story with a hostile title and outlet', () => {
  const TITLE = '<script>alert("title")</script><img src=x onerror=alert("img")>';
  const OUTLET = '"><svg onload=alert("outlet")>';

  it('shows them as inert text on the list, the story and the article', async () => {
    const hostile = await serve();
    try {
      const article = makeArticle({
        title: TITLE,
        outlet: OUTLET,
        url: 'javascript:alert("url")',
        text: 'Ana Reis said on Tuesday that the harbour cranes in Porto stood idle. "We wait," she said.',
      });
      const [analysed] = analyzeForStories([article]);
      if (analysed instanceof Error || !analysed?.features) throw new Error('no features');
      hostile.archive.addArticle(article, analysed.analysis, analysed.features);
      const storyId = hostile.archive.storyOf(article.id)!;
      for (const url of [
        '/stories',
        `/stories?q=cranes&outlet=${encodeURIComponent(OUTLET)}`,
        `/stories/${storyId}`,
        `/articles/${article.id}`,
      ]) {
        const response = await hostile.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
        const document = parsePage(response.body);
        const scripts = [...document.querySelectorAll('script')].map((s) => s.getAttribute('src'));
        // The story page adds the report's script, a static file too; nothing inline anywhere.
        expect(scripts, url).toEqual(
          url.startsWith('/stories/')
            ? ['/static/app.js', '/static/report.js']
            : ['/static/app.js'],
        );
        expect(document.querySelector('img, svg'), url).toBeNull();
        for (const element of document.querySelectorAll('*'))
          for (const attribute of Array.from(element.attributes)) {
            expect(attribute.name, url).not.toMatch(/^on/i);
            expect(attribute.value, url).not.toMatch(/^\s*javascript:/i);
          }
        expect(document.body.textContent, url).toContain(TITLE);
      }
      const story = parsePage(
        (await hostile.app.inject({ method: 'GET', url: `/stories/${storyId}` })).body,
      );
      expect(story.querySelector('h1')!.textContent).toBe(TITLE);
      expect(story.querySelector('.story-article .meta')!.textContent).toContain(OUTLET);
    } finally {
      await hostile.close();
    }
  });
});
