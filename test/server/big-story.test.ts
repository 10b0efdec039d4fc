import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeForStories } from '../../src/analyze/analyzed-article.js';
import { makeArticle, parsePage, serve, type Served } from './server-fixture.js';

/** A story of many articles: its API and page show one bounded page of them at a time. */
const ARTICLES = 260;
let served: Served;
let storyId: string;

beforeAll(async () => {
  served = await serve();
  const base = makeArticle({
    title: 'Dock workers strike in Lisbon',
    text: 'LISBON — Dock workers at the port of Lisbon began a strike on Monday over pay, the union said.',
  });
  const analyzed = analyzeForStories([base])[0]!;
  if (analyzed instanceof Error || !analyzed.features) throw new Error('no features');
  // The same features each time: every article joins one story; the texts differ, so each
  // article is its own source.
  for (let n = 0; n < ARTICLES; n++) {
    const article = makeArticle({
      title: `Dock workers strike in Lisbon, report ${n}`,
      outlet: `Outlet ${n % 7}`,
      published: `2031-04-${String(1 + (n % 28)).padStart(2, '0')}`,
      text: `LISBON — Report ${n}: ${'word'.repeat(1 + (n % 5))} ${n * 7919} dockers, ${n} ships.`,
    });
    served.archive.addArticle(article, undefined, analyzed.features);
  }
  storyId = served.archive.listStorySummaries({ limit: 1 })[0]!.id;
}, 60_000);

afterAll(() => served.close());

async function json(url: string, status = 200) {
  const response = await served.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(status);
  return response.json();
}

const articlesOf = (view: { sources: { articles: { id: string }[] }[] }) =>
  view.sources.flatMap((source) => source.articles.map((article) => article.id));

describe('a story with many articles', () => {
  it('is one story, its stored counts those of the whole story', async () => {
    const story = served.archive.getStory(storyId)!;
    expect(story.articles).toHaveLength(ARTICLES);
    const { items } = await json('/api/stories');
    expect(items[0]).toMatchObject({ id: storyId, articles: ARTICLES, sources: story.sources });
  });

  it('gives its articles a page at a time, by source, each once', async () => {
    const first = await json(`/api/stories/${storyId}`);
    expect(first).toMatchObject({ limit: 100, offset: 0, story: { articles: ARTICLES } });
    expect(articlesOf(first)).toHaveLength(100);
    const seen = new Set<string>();
    for (let offset = 0; offset < ARTICLES; offset += 75) {
      const view = await json(`/api/stories/${storyId}?limit=75&offset=${offset}`);
      const ids = articlesOf(view);
      expect(ids.length).toBe(Math.min(75, ARTICLES - offset));
      for (const id of ids) seen.add(id);
      // Sources come in order across pages.
      const indexes = view.sources.map((source: { index: number }) => source.index);
      expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    }
    expect(seen.size).toBe(ARTICLES);
    const whole = served.archive.getStory(storyId)!;
    expect([...seen].sort()).toEqual([...whole.articles].sort());
    await json(`/api/stories/${storyId}?limit=501`, 400);
  });

  it('pages its articles on the story page', async () => {
    const response = await served.app.inject({ method: 'GET', url: `/stories/${storyId}` });
    const document = parsePage(response.body);
    expect(document.querySelectorAll('.story-article')).toHaveLength(100);
    expect(document.querySelector('.story-sources-section .pager')!.textContent).toMatch(
      /page 1 of 3/,
    );
    const last = parsePage(
      (await served.app.inject({ method: 'GET', url: `/stories/${storyId}?page=3` })).body,
    );
    expect(last.querySelectorAll('.story-article')).toHaveLength(ARTICLES - 200);
  });

  it('cross-checks its first 200 articles by day, says so, and pages the article columns', async () => {
    const report = await json(`/api/stories/${storyId}/report`);
    expect(report).toMatchObject({ cap: 200, capped: true, story: { id: storyId } });
    expect(report.articles).toHaveLength(200);
    const heads = served.archive.articleHeads(served.archive.getStory(storyId)!.articles);
    const byDay = heads
      .sort((a, b) => a.published!.localeCompare(b.published!) || a.id.localeCompare(b.id))
      .map((head) => head.id);
    expect(report.articles).toEqual(byDay.slice(0, 200));
    const sourced = report.origins.flatMap((origin: { articles: string[] }) => origin.articles);
    expect(sourced.sort()).toEqual([...report.articles].sort());

    const document = parsePage(
      (await served.app.inject({ method: 'GET', url: `/stories/${storyId}` })).body,
    );
    expect(document.querySelector('.report-scope')!.textContent).toMatch(
      /first 200 of\s+260 articles by publication day/,
    );
    const columns = [...document.querySelectorAll('.article-column')];
    expect(columns).toHaveLength(10);
    expect(columns.map((column) => column.id)).toEqual(
      report.articles.slice(0, 10).map((id: string) => `article-${id}`),
    );
    const next = document.querySelector('#articles .pager a[rel=next]')!.getAttribute('href');
    expect(next).toBe(`/stories/${storyId}?columns=2#articles`);
    const second = parsePage(
      (await served.app.inject({ method: 'GET', url: `/stories/${storyId}?page=2&columns=20` }))
        .body,
    );
    expect([...second.querySelectorAll('.article-column')].map((column) => column.id)).toEqual(
      report.articles.slice(190, 200).map((id: string) => `article-${id}`),
    );
    // Both pagers keep the other's place.
    expect(second.querySelector('#articles .pager a[rel=prev]')!.getAttribute('href')).toBe(
      `/stories/${storyId}?page=2&columns=19#articles`,
    );
    expect(
      second.querySelector('.story-sources-section .pager a[rel=prev]')!.getAttribute('href'),
    ).toBe(`/stories/${storyId}?columns=20`);
    const beyond = await served.app.inject({
      method: 'GET',
      url: `/stories/${storyId}?columns=21`,
    });
    expect(beyond.statusCode).toBe(400);
  });
});
