import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePage, serveExamples, type Served } from './server-fixture.js';

let served: Served;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-pages-'));
  served = await serveExamples(folder);
}, 60_000);

afterAll(async () => {
  await served.close();
  rmSync(folder, { recursive: true, force: true });
});

async function page(url: string) {
  const response = await served.app.inject({ method: 'GET', url });
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  return parsePage(response.body);
}

describe('pages rendered on the server', () => {
  it('lists the articles, 25 a page, with a pager that keeps the filters', async () => {
    const list = await page('/articles');
    expect(list.querySelectorAll('.article-item')).toHaveLength(25);
    expect(list.querySelector('.count')!.textContent).toBe('30 articles in the archive');
    expect(list.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/articles?page=2');
    const second = await page('/articles?page=2');
    expect(second.querySelectorAll('.article-item')).toHaveLength(5);
  });

  it('searches and filters with a plain form, marking the matches', async () => {
    // As a browser sends the form: every field, the untouched ones empty.
    const results = await page('/articles?q=salvage&outlet=&from=&to=');
    const items = results.querySelectorAll('.article-item');
    expect(items.length).toBeGreaterThan(0);
    expect(results.querySelector('.snippet mark')!.textContent!.toLowerCase()).toBe('salvage');
    expect(results.querySelector('input[name=q]')!.getAttribute('value')).toBe('salvage');
    const outlet = await page('/articles?outlet=Harbourline');
    expect(outlet.querySelector('option[selected]')!.getAttribute('value')).toBe('Harbourline');
    for (const meta of outlet.querySelectorAll('.article-item .meta'))
      expect(meta.textContent).toMatch(/^Harbourline/);
    const none = await page('/articles?q=zebra');
    expect(none.querySelector('.empty')!.textContent).toBe('No article matches.');
  });

  it("marks an article's quotes, people and dates inline, at their offsets", async () => {
    const { items } = (
      await served.app.inject({ method: 'GET', url: '/api/articles?q=batteries&limit=1' })
    ).json();
    const { article, analysis } = (
      await served.app.inject({ method: 'GET', url: `/api/articles/${items[0].id}` })
    ).json();
    const document = await page(`/articles/${article.id}`);
    expect(document.querySelector('.article-text')!.textContent).toBe(article.text);
    analysis.quotes.forEach((quote: { text: string }, index: number) => {
      const element = document.getElementById(`quote-${index + 1}`)!;
      expect(quote.text.startsWith(element.textContent!)).toBe(true);
    });
    const people = document.querySelectorAll('.article-text a.entity-person');
    expect(people.length).toBeGreaterThan(0);
    for (const link of people)
      expect(link.getAttribute('href')).toMatch(/^\/entities\/e[0-9a-f]+$/);
    const times = document.querySelectorAll('.article-text time.time');
    expect(times.length).toBe(analysis.times.length);
    expect(document.querySelectorAll('.annotations .quotes li')).toHaveLength(
      analysis.quotes.length,
    );
    expect(document.querySelector('form.layers')!.hasAttribute('hidden')).toBe(true);
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('shows a person with roles and every quote, linked to its place in the article', async () => {
    const people = await page('/entities?type=person&q=sarmento');
    const link = people.querySelector('.entity-table a')!;
    expect(link.textContent).toBe('Henrique Sarmento');
    const person = await page(link.getAttribute('href')!);
    expect(person.querySelector('h1')!.textContent).toBe('Henrique Sarmento');
    expect(person.querySelector('.descriptors')!.textContent).toContain('Prime Minister');
    const quotes = person.querySelectorAll('.appearance .quotes a');
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes)
      expect(quote.getAttribute('href')).toMatch(/^\/articles\/a[0-9a-f]+#quote-\d+$/);
  });

  it('answers a missing article with a page that says so', async () => {
    const response = await served.app.inject({ method: 'GET', url: '/articles/ffffffff' });
    expect(response.statusCode).toBe(404);
    expect(parsePage(response.body).querySelector('.error')!.textContent).toMatch(
      /no such article/,
    );
  });
});
