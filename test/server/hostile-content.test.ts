import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/model/analysis.js';
import { entityId } from '../../src/report/document-ids.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers.js';
import { makeArticle, parsePage, serve, type Served } from './server-fixture.js';

const SCRIPT = '<script>alert("text")</script>';
const HANDLER = '<img src=x onerror=alert("handler")>';
const LINK = '<a href="javascript:alert(\'link\')">click</a>';
const TEXT = `Ana Reis said ${SCRIPT} and ${HANDLER} then ${LINK} on 2 April.`;

/** Spans over the hostile parts, and hostile values in every field the page shows. */
function hostileAnalysis(text: string): ArticleAnalysis {
  const at = (part: string) => ({
    start: text.indexOf(part),
    end: text.indexOf(part) + part.length,
  });
  return {
    sentences: [{ start: 0, end: text.length }],
    entities: [
      {
        id: 'e1',
        name: 'Ana Reis',
        type: 'person',
        aliases: ['<svg onload=alert("alias")>'],
        descriptors: ['"><script>alert("descriptor")</script>'],
        mentions: [at('Ana Reis')],
      },
      {
        id: 'e2',
        name: '<svg/onload=alert("entity")>',
        type: 'organization',
        aliases: [],
        descriptors: [],
        mentions: [at(HANDLER)],
      },
    ],
    quotes: [
      {
        ...at(SCRIPT),
        text: SCRIPT,
        kind: 'direct',
        cue: '<b onmouseover=alert("cue")>said</b>',
        cueSpan: null,
        speaker: { entity: 'e1', name: 'Ana Reis', descriptor: null, span: at('Ana Reis') },
      },
      {
        start: at(HANDLER).start - 3,
        // Ends inside the date: the date's mark has to be split.
        end: at('2 April').start + 1,
        text: 'crossing',
        kind: 'indirect" onmouseover="alert(\'kind\')' as 'direct',
        cue: null,
        cueSpan: null,
        speaker: {
          entity: null,
          name: '<script>alert("speaker")</script>',
          descriptor: null,
          span: null,
        },
      },
    ],
    times: [
      {
        ...at('2 April'),
        text: '2 April',
        value: '"><script>alert("time")</script>',
        reference: null,
      },
    ],
    durations: [],
    quantities: [],
    notes: ['<script>alert("note")</script>'],
  };
}

const article = makeArticle({
  text: TEXT,
  title: `"><script>alert("title")</script>`,
  outlet: `<b onmouseover=alert("outlet")>Harbour</b>`,
  url: `javascript:alert('url')`,
  authors: ['<img src=x onerror=alert("author")>'],
});

let served: Served;

beforeEach(async () => {
  served = await serve();
  served.archive.addArticle(article, hostileAnalysis(article.text));
});

afterEach(() => served.close());

async function page(url: string) {
  const response = await served.app.inject({ method: 'GET', url });
  return { response, document: parsePage(response.body) };
}

/** What would run or navigate to script if the markup were trusted. */
function activeContent(document: Document): string[] {
  const found: string[] = [];
  for (const script of document.querySelectorAll('script'))
    if (script.getAttribute('src') !== '/static/app.js' || script.textContent)
      found.push(`script ${script.outerHTML}`);
  for (const element of document.querySelectorAll('*'))
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  for (const tag of ['iframe', 'object', 'embed', 'svg', 'img', 'base', 'form[action^="http"]'])
    if (document.querySelector(tag)) found.push(tag);
  return found;
}

describe('hostile article text and analysis on the pages', () => {
  const pages = () => [
    `/articles/${article.id}`,
    '/articles',
    `/articles?q=${encodeURIComponent('alert')}`,
    `/articles?outlet=${encodeURIComponent(article.outlet!)}`,
    '/entities',
    `/entities/${entityId('person', 'Ana Reis')}`,
    `/entities/${entityId('organization', '<svg/onload=alert("entity")>')}`,
  ];

  it('shows script tags, event handlers and javascript: links as inert text', async () => {
    for (const url of pages()) {
      const { response, document } = await page(url);
      expect(response.statusCode, url).toBe(200);
      expect(activeContent(document), url).toEqual([]);
    }
    const { document } = await page(`/articles/${article.id}`);
    const text = document.querySelector('.article-text')!.textContent;
    expect(text).toBe(article.text);
    expect(document.querySelector('h1')!.textContent).toBe(article.title);
    expect(document.querySelector('.meta')!.textContent).toContain(article.outlet!);
    expect(document.body.textContent).toContain('<script>alert("note")</script>');
  });

  it('keeps the marks where the spans are, a crossing span split, without breaking out', async () => {
    const { document } = await page(`/articles/${article.id}`);
    const quote = document.getElementById('quote-1')!;
    expect(quote.textContent).toBe(SCRIPT);
    expect(document.querySelectorAll('.article-text .quote')).toHaveLength(2);
    const times = document.querySelectorAll('.article-text time');
    expect(Array.from(times, (time) => time.textContent)).toEqual(['2', ' April']);
    expect(document.querySelector('.article-text time')!.getAttribute('datetime')).toBe(
      '"><script>alert("time")</script>',
    );
  });

  it('never links the article URL unless it is http(s)', async () => {
    for (const url of pages()) {
      const { document } = await page(url);
      for (const link of document.querySelectorAll('a'))
        expect(link.getAttribute('href'), url).toMatch(/^(\/|#|https?:)/);
    }
  });

  it('sends the strict Content-Security-Policy and no-sniff on every kind of response', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const url of [
      `/articles/${article.id}`,
      '/api/articles',
      '/static/app.js',
      '/nowhere',
      '/api/nowhere',
    ]) {
      const { response } = await page(url);
      expect(response.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('serves the API as JSON, never as a page', async () => {
    const response = await served.app.inject({ method: 'GET', url: `/api/articles/${article.id}` });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json().article.text).toBe(article.text);
  });
});
