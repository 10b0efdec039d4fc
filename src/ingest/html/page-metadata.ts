import type { HtmlDocument } from './parse-html.js';

/** What a page says about itself in JSON-LD, OpenGraph, meta tags and markup. */
export interface PageMetadata {
  title: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  outlet: string | null;
  url: string | null;
  language: string | null;
  /** schema.org `articleBody`, when the page ships its text as data. */
  articleBody: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Blog|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value)
    return text((value as JsonObject).name);
  if (value && typeof value === 'object' && '@value' in value)
    return text((value as JsonObject)['@value']);
  return null;
}

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** Every object in the page's JSON-LD blocks, flattening `@graph` and arrays. */
function jsonLdNodes(document: HtmlDocument): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    for (const item of asArray(value)) {
      if (!item || typeof item !== 'object') continue;
      const node = item as JsonObject;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph'], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common and costs only its metadata.
    }
  }
  return nodes;
}

function meta(document: HtmlDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function authorNames(value: unknown): string[] {
  return asArray(value)
    .map((author) => text(author))
    .filter((name): name is string => name !== null);
}

export function readPageMetadata(document: HtmlDocument): PageMetadata {
  const nodes = jsonLdNodes(document);
  const article =
    nodes.find((node) =>
      typesOf(node).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage'),
    ) ?? null;
  const website =
    nodes.find(
      (node) =>
        typesOf(node).includes('WebSite') || typesOf(node).includes('NewsMediaOrganization'),
    ) ?? null;
  const publisher = article ? text(article.publisher) : null;

  const timeElement = document.querySelector(
    'article time[datetime], time[datetime][pubdate], time[datetime]',
  );
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const metaAuthors = meta(document, 'author', 'article:author', 'dc.creator', 'byl');

  return {
    title:
      (article && text(article.headline)) ??
      meta(document, 'og:title', 'twitter:title', 'dc.title') ??
      (document.querySelector('title')?.textContent?.trim() || null),
    published:
      (article && text(article.datePublished)) ??
      meta(
        document,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'dcterms.created',
        'sailthru.date',
        'parsely-pub-date',
      ) ??
      (timeElement?.getAttribute('datetime')?.trim() || null),
    modified:
      (article && text(article.dateModified)) ??
      meta(document, 'article:modified_time', 'og:updated_time', 'dateModified'),
    authors:
      article && article.author ? authorNames(article.author) : metaAuthors ? [metaAuthors] : [],
    outlet:
      publisher ??
      meta(document, 'og:site_name', 'application-name') ??
      (website && text(website.name)),
    url: canonical ?? meta(document, 'og:url') ?? (article && text(article.url)),
    language:
      document.documentElement?.getAttribute('lang')?.trim() ||
      meta(document, 'og:locale', 'language', 'content-language', 'dc.language'),
    articleBody: article ? text(article.articleBody) : null,
  };
}
